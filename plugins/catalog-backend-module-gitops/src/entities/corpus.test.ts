import { lintRepository, readRepository } from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';
import { CORPUS, corpusDir } from '../__testUtils__/paths';
import { validateEntity } from '../__testUtils__/validateEntity';
import { servicesToEntities } from './servicesToEntities';

describe.each(CORPUS)(
  'servicesToEntities on the corpus repository $name',
  ({ name, profile }) => {
    it('emits valid, distinct entities: a Component per service, every relation target emitted', async () => {
      const dir = corpusDir(name);
      const tree = await readFileTree(dir);
      const { services } = readRepository(tree, { profile });
      const findings = profile ? lintRepository(tree, { profile }) : [];
      const entities = servicesToEntities({
        services,
        tree,
        repository: {
          id: 'lab',
          url: dir,
          branch: 'main',
          profile,
          defaultOwner: 'group:default/platform',
        },
        commit: 'c0ffee',
        findings,
      });
      expect(services.length).toBeGreaterThan(3);
      for (const entity of entities) await validateEntity(entity);
      const refs = entities.map(e =>
        `${e.kind.toLowerCase()}:default/${e.metadata.name}`.toLowerCase(),
      );
      expect(new Set(refs).size).toBe(refs.length);
      expect(entities.filter(e => e.kind === 'Component')).toHaveLength(
        services.length,
      );
      const targets = entities.flatMap(e => [
        ...((e.spec?.dependsOn as string[]) ?? []),
        ...((e.spec?.dependencyOf as string[]) ?? []),
        `system:default/${e.spec?.system ?? 'lab'}`,
      ]);
      for (const target of targets)
        expect(refs).toContain(target.toLowerCase());
      // Each service's findings are those of its files.
      const reported = entities.flatMap(e =>
        JSON.parse(e.metadata.annotations?.['homeport.dev/findings'] ?? '[]'),
      );
      const inServiceFiles = new Set(services.flatMap(s => s.files));
      expect(reported.length).toBeGreaterThanOrEqual(
        findings.filter(f => inServiceFiles.has(f.file)).length,
      );
    });
  },
);
