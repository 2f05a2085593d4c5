import { arrayAt, getIn, isRecord } from '../../k8s';
import { applicationValueFiles } from '../../kustomize';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import { applications } from './common';

/** Helm values the repository holds for Argo CD: helm.valuesObject or value files (not the helm.values text). */
export function argoHelmValues(index: RepoIndex): { doc: YamlDoc; path: (string | number)[]; values: unknown }[] {
  const out: { doc: YamlDoc; path: (string | number)[]; values: unknown }[] = [];
  const files = new Set<string>();
  for (const app of applications(index)) {
    const sources: (string | number)[][] = [['spec', 'source'], ...arrayAt(app.value, ['spec', 'sources']).map((_, i) => ['spec', 'sources', i])];
    for (const source of sources) {
      const object = getIn(app.value, [...source, 'helm', 'valuesObject']);
      if (isRecord(object)) out.push({ doc: app, path: [...source, 'helm', 'valuesObject'], values: object });
    }
    for (const f of applicationValueFiles(app)) files.add(f);
  }
  for (const file of [...files].sort()) for (const d of index.docsOf(file)) out.push({ doc: d, path: [], values: d.value });
  return out;
}
