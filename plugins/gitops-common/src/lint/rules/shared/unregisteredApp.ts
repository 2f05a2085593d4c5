import { KUSTOMIZATION_FILES } from '../../kustomize';
import { RawFinding, Rule, RuleDoc } from '../../types';
import { atFile, filesUnder } from '../helpers';

/**
 * Every app folder is listed in the apps folder's kustomization (seed 000 L01, seed 001
 * L23): Flux applies only what that list names.
 */
export function unregisteredAppRule<O>(doc: Omit<RuleDoc, 'title' | 'description'>, appsDir: (o: O) => string): Rule<O> {
  return {
    ...doc,
    title: 'Apps are registered in the apps kustomization',
    description:
      'Every folder under the apps folder is listed in the apps folder\'s kustomization.yaml, which is what Flux applies. (A listed folder that is missing or has no kustomization.yaml of its own is reported by homeport/missing-resource.)',
    check: ({ index, options, apps }) => {
      const dir = appsDir(options);
      const registry = index.kustomize.at(dir);
      const registryFile = registry?.file ?? `${dir}/kustomization.yaml`;
      const listed = new Set((registry?.entries ?? []).filter(e => e.use === 'resource').map(e => e.target));
      const out: RawFinding[] = [];
      for (const { app, folder } of apps) {
        if (listed.has(folder)) continue;
        const own = KUSTOMIZATION_FILES.map(f => `${folder}/${f}`).find(f => index.tree.read(f) !== undefined);
        const file = own ?? filesUnder(index, folder)[0];
        out.push(
          atFile(
            file,
            `App ${app} (${folder}/) is not listed in ${registryFile}: Flux never applies it`,
            `Add '- ${app}' to resources in ${registryFile}, or delete ${folder}/.`,
          ),
        );
      }
      return out;
    },
  };
}
