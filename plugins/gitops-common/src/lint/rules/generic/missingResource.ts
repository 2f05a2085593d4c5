import { KUSTOMIZATION_FILES } from '../../kustomize';
import { RawFinding, Rule } from '../../types';
import { at } from '../helpers';

const KUSTOMIZE_CHART_FILES = ['Chart.yaml', 'Chart.yml'];

/** Every path a kustomization (or a Flux Kustomization) names exists. */
export const missingResource: Rule = {
  id: 'homeport/missing-resource',
  severity: 'error',
  title: 'Kustomization paths exist',
  description:
    'Each path a kustomization.yaml names (resources, components, patches, generator files) exists in the repository, and a folder it names has a kustomization.yaml of its own. A resource file beside a kustomization that is itself in a Helm chart folder is the chart rendering (the kustomized-helm plugin of Argo CD), not judged. A Flux Kustomization of this repository (source flux-system) points at a folder that exists.',
  source: 'L63',
  citation: '[inference] "Every kustomization resource path exists."',
  check: ({ index, tree }) => {
    const out: RawFinding[] = [];
    const graph = index.kustomize;
    for (const k of graph.byDir.values()) {
      for (const e of k.entries) {
        if (e.target === undefined) continue;
        const isFile = index.isFile(e.target);
        // A kustomization inside a Helm chart (Argo CD's kustomized-helm plugin) builds the
        // chart's rendering, written beside it (`helm template . > all.yaml`) before kustomize runs.
        const rendered = e.use === 'resource' && !e.target.includes('/', k.dir.length + 1) && KUSTOMIZE_CHART_FILES.some(f => index.isFile(k.dir ? `${k.dir}/${f}` : f));
        if (rendered && !isFile && !tree.exists(e.target)) continue;
        if (!isFile && !tree.exists(e.target)) {
          out.push(
            at(
              k.doc,
              e.path,
              `${e.field} entry '${e.value}' of ${k.file} does not exist (${e.target})`,
              `Add ${e.target}, or remove the entry from ${k.file}.`,
            ),
          );
        } else if (!isFile && e.use === 'resource' && !graph.at(e.target)) {
          out.push(
            at(
              k.doc,
              e.path,
              `${e.field} entry '${e.value}' of ${k.file} names folder ${e.target}, which has no ${KUSTOMIZATION_FILES[0]}: kustomize cannot build it`,
              `Add ${e.target}/kustomization.yaml listing the folder's files.`,
            ),
          );
        }
      }
    }
    for (const ks of index.objects('Kustomization')) {
      if (!ks.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/')) continue;
      const path = graph.fluxPath(ks);
      if (path !== undefined && path !== '' && !tree.exists(path)) {
        out.push(
          at(
            ks,
            ['spec', 'path'],
            `Flux Kustomization ${ks.name} builds ${path}, which does not exist`,
            `Create ${path}/ or correct spec.path.`,
          ),
        );
      }
    }
    return out;
  },
};
