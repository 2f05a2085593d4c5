import path from 'node:path';
import { Command } from 'commander';
import { parseAllDocuments } from 'yaml';
import { readRepository } from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';
import { discover, registerDiscover } from './discover';
import { capture } from './testUtils';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const DEMO = path.join(REPO_ROOT, 'examples/gitops-repo');
const CORPUS = process.env.HOMEPORT_SHARED_DIR
  ? path.join(process.env.HOMEPORT_SHARED_DIR, 'corpus')
  : path.resolve(__dirname, '../../../../../shared/corpus');


const base = {
  format: 'table' as const,
  defaultOwner: 'group:default/platform',
  branch: 'main',
};

describe('homeport discover', () => {
  it('prints the services of the demo repository as a table with their owners', async () => {
    const { out, sink } = capture();
    await discover({ ...base, dir: DEMO, profile: 'flux-lvm-openbao' }, sink);
    expect(out.stdout).toBe(
      [
        'SERVICE    NAMESPACE  KIND         IMAGE/CHART                                                           HOSTS                  OWNER',
        'llama      llama      Deployment   caddy:2.11.4-alpine, ghcr.io/mostlygeek/llama-swap:v197-vulkan-b8202  llama.lumpiasty.xyz    group:default/ai',
        'mealie     mealie     Deployment   ghcr.io/mealie-recipes/mealie:v3.16.0                                 mealie.lumpiasty.xyz   group:default/home',
        'podinfo    podinfo    HelmRelease  podinfo@6.9.1                                                         podinfo.lumpiasty.xyz  group:default/platform',
        'teamspeak  teamspeak  StatefulSet  teamspeak:3.13.7                                                      -                      group:default/media',
        '4 services',
        '',
      ].join('\n'),
    );
    expect(out.stderr).toBe('');
  });

  it('prints the services and warnings as JSON', async () => {
    const { out, sink } = capture();
    await discover(
      { ...base, dir: DEMO, profile: 'flux-lvm-openbao', format: 'json' },
      sink,
    );
    const model = JSON.parse(out.stdout);
    expect(model.warnings).toEqual([]);
    expect(model.services.map((s: { id: string }) => s.id)).toEqual([
      'llama',
      'mealie',
      'podinfo',
      'teamspeak',
    ]);
    expect(model).toEqual(
      readRepository(await readFileTree(DEMO), { profile: 'flux-lvm-openbao' }),
    );
  });

  it('prints the catalog entities as YAML documents', async () => {
    const { out, sink } = capture();
    await discover(
      {
        ...base,
        dir: DEMO,
        profile: 'flux-lvm-openbao',
        format: 'entities',
        id: 'demo',
      },
      sink,
    );
    const entities = parseAllDocuments(out.stdout).map(d => d.toJS());
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'Component:llama',
      'Component:mealie',
      'Component:podinfo',
      'Component:teamspeak',
      'Resource:llama-api-key',
      'Resource:mealie-db',
      'Resource:mealie-authentik',
      'System:demo',
    ]);
    expect(entities[1].spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/home',
      system: 'demo',
      dependsOn: [
        'resource:default/mealie-db',
        'resource:default/mealie-authentik',
      ],
    });
    expect(
      entities[2].metadata.annotations['backstage.io/source-location'],
    ).toBe(`file:${DEMO}/apps/podinfo/`);

    const forge = capture();
    await discover(
      {
        ...base,
        dir: DEMO,
        profile: 'flux-lvm-openbao',
        format: 'entities',
        url: 'https://github.com/lab/cluster.git',
      },
      forge.sink,
    );
    expect(
      parseAllDocuments(forge.out.stdout)[2].toJS().metadata.annotations,
    ).toMatchObject({
      'backstage.io/source-location':
        'url:https://github.com/lab/cluster/tree/main/apps/podinfo/',
      'backstage.io/techdocs-ref': 'dir:.',
      'homeport.dev/repository': 'gitops-repo',
    });
  });

  it.each([
    ['Lumpiasty__klaster', 'flux-lvm-openbao'],
    ['public-transport__infrastructure', 'flux-app-chart'],
    ['rrumana__k8s-homelab-2', 'argocd-ceph-eso'],
    ['onedr0p__home-ops', undefined],
    ['billimek__k8s-gitops', undefined],
  ])(
    'prints every service of the corpus repository %s (profile %s)',
    async (name, profile) => {
      const dir = path.join(CORPUS, name);
      const { out, sink } = capture();
      const model = await discover({ ...base, dir, profile }, sink);
      const lines = out.stdout.trimEnd().split('\n');
      expect(model.services.length).toBeGreaterThan(5);
      expect(lines).toHaveLength(model.services.length + 2);
      expect(lines[0]).toMatch(
        /^SERVICE +NAMESPACE +KIND +IMAGE\/CHART +HOSTS +OWNER$/,
      );
      expect(lines.slice(1, -1).map(l => l.split(/\s+/)[0])).toEqual(
        model.services.map(s => s.id),
      );
      expect(lines[lines.length - 1]).toMatch(
        new RegExp(`^${model.services.length} services`),
      );
      const entities = capture();
      await discover(
        { ...base, dir, profile, format: 'entities' },
        entities.sink,
      );
      const docs = parseAllDocuments(entities.out.stdout).map(d => d.toJS());
      expect(docs.filter(d => d.kind === 'Component')).toHaveLength(
        model.services.length,
      );
    },
  );

  it('refuses a path that is not a folder, and registers its options', async () => {
    await expect(
      discover({ ...base, dir: path.join(DEMO, 'nope') }, capture().sink),
    ).rejects.toThrow(/is not a folder/);
    const program = new Command('homeport').exitOverride();
    registerDiscover(program);
    const command = program.commands.find(c => c.name() === 'discover')!;
    expect(command.options.map(o => o.long)).toEqual([
      '--profile',
      '--format',
      '--id',
      '--default-owner',
      '--url',
      '--branch',
    ]);
  });
});
