import { dirOf } from '../../../tree/paths';
import { RawFinding, Rule } from '../../types';
import type { YamlDoc } from '../../repoIndex';
import { clusterOfFile } from '../../../read/clusters';
import { isClusterScoped } from '../../../read/objects';
import { at, qualified } from '../helpers';

function group(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * Whether two definitions of one key land on the same object as far as the repository
 * tells: not when they are for two clusters (`clusters/production`, `clusters/staging`),
 * nor when a namespaced object names no namespace and the two sit in different folders
 * (whatever applies each folder, an Argo CD Application's destination, picks the
 * namespace: the rule cannot know, so it says nothing).
 */
function sameTarget(a: YamlDoc, b: YamlDoc, namespace: string | undefined): boolean {
  if (clusterOfFile(a.file) !== clusterOfFile(b.file)) return false;
  return namespace !== undefined || isClusterScoped(b.kind ?? '') || dirOf(a.file) === dirOf(b.file);
}

/** No two files define the same object. */
export const duplicateObject: Rule = {
  id: 'homeport/duplicate-object',
  severity: 'error',
  title: 'Each object is defined once',
  description:
    'No two documents define the same object (API group, kind, namespace after kustomize and Flux, name). Files a kustomization uses as patches, and stray files in the folder tree of a kustomization that no kustomization names, are not counted; nor are objects of two clusters, or namespaced objects that name no namespace in two folders (what applies each folder picks their namespace).',
  source: 'L63',
  citation: '[inference] "No duplicate (kind, namespace, name) across the repo."',
  check: ({ index }) => {
    const seen = new Map<string, YamlDoc>();
    const out: RawFinding[] = [];
    const graph = index.kustomize;
    // A file in a kustomization's folder tree that no kustomization names is never applied.
    const stray = (file: string) => {
      if (graph.referenced.has(file)) return false;
      for (let dir = dirOf(file); ; dir = dirOf(dir)) {
        if (graph.at(dir)) return true;
        if (dir === '') return false;
      }
    };
    for (const doc of index.objects()) {
      if (!doc.name || graph.nonResources.has(doc.file) || stray(doc.file)) continue;
      const namespace = index.namespaceOf(doc);
      const key = [group(doc.apiVersion!), doc.kind, namespace ?? '', doc.name].join('\u0000');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, doc);
        continue;
      }
      if (!sameTarget(first, doc, namespace)) continue;
      out.push(
        at(
          doc,
          ['metadata', 'name'],
          `${doc.kind} ${qualified(namespace, doc.name)} is already defined in ${first.file}:${first.line(['metadata', 'name'])}`,
          'Keep one definition: remove or rename one of the two.',
        ),
      );
    }
    return out;
  },
};
