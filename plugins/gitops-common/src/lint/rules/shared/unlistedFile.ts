import { NON_RESOURCE_FILES } from '../../../render/kustomizations';
import { dirOf, relativePath } from '../../../tree/paths';
import { RawFinding, Rule, RuleDoc } from '../../types';
import { atFile, filesUnder } from '../helpers';

/**
 * Every YAML file of an app folder is listed in its kustomization (seed 000 L02): a file
 * left out is never applied, however right it looks.
 */
export function unlistedFileRule(doc: Omit<RuleDoc, 'title' | 'description'>): Rule {
  return {
    ...doc,
    title: "Every file of an app is listed in the app's kustomization",
    description: `Each .yaml/.yml file in an app folder is named by a kustomization (as a resource, patch or generator input), or by an Argo CD Application as a Helm value file; a sub-folder with its own kustomization.yaml is named by its parent. Files that are not Kubernetes resources (${[...NON_RESOURCE_FILES].join(', ')}) are exempt. Folders without any kustomization.yaml are left to the other rules.`,
    check: ({ index, apps }) => {
      const graph = index.kustomize;
      const out: RawFinding[] = [];
      for (const { folder } of apps) {
        const nearest = (file: string): string | undefined => {
          for (let dir = dirOf(file); dir === folder || dir.startsWith(`${folder}/`); dir = dirOf(dir)) {
            if (graph.at(dir)) return dir;
          }
          return undefined;
        };
        for (const file of filesUnder(index, folder)) {
          if (!/\.ya?ml$/.test(file) || graph.referenced.has(file)) continue;
          const name = file.slice(file.lastIndexOf('/') + 1);
          if (NON_RESOURCE_FILES.has(name)) {
            // A sub-folder's own kustomization: its folder must be named by its parent.
            const dir = dirOf(file);
            const parent = dir === folder ? undefined : nearest(dir);
            if (graph.at(dir)?.file === file && parent && !graph.referenced.has(dir)) {
              const k = graph.at(parent)!;
              out.push(
                atFile(
                  file,
                  `Folder ${dir}/ is not listed in ${k.file}: nothing in it is applied`,
                  `Add '- ${relativePath(parent, dir)}' to resources in ${k.file}, or delete the folder.`,
                ),
              );
            }
            continue;
          }
          const owner = nearest(file);
          if (!owner) continue;
          const k = graph.at(owner)!;
          out.push(
            atFile(
              file,
              `${file} is not listed in ${k.file}: it is never applied`,
              `Add '- ${relativePath(owner, file)}' to resources in ${k.file}, or delete the file.`,
            ),
          );
        }
      }
      return out;
    },
  };
}
