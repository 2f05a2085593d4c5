import { arrayAt, getIn, stringAt } from '../../k8s';
import { helmReleases } from '../../references';
import type { RepoIndex, YamlDoc } from '../../repoIndex';

/** Charts and Argo CD Applications that install Linkerd's control plane. */
const LINKERD = /^(linkerd-control-plane|linkerd2|linkerd)$/;

/** Where the repository installs Linkerd (an Application, HelmRelease or kustomize chart of its control plane), or `undefined`. */
export function linkerdInstall(index: RepoIndex): YamlDoc | undefined {
  for (const app of index.objects('Application')) {
    if (!app.apiVersion?.startsWith('argoproj.io/')) continue;
    const sources = [getIn(app.value, ['spec', 'source']), ...arrayAt(app.value, ['spec', 'sources'])];
    if (LINKERD.test(app.name ?? '') || sources.some(s => LINKERD.test(stringAt(s, ['chart']) ?? ''))) return app;
  }
  for (const hr of helmReleases(index)) {
    const chart = stringAt(hr.value, ['spec', 'chart', 'spec', 'chart']) ?? stringAt(hr.value, ['spec', 'chartRef', 'name']);
    if (LINKERD.test(chart ?? '')) return hr;
  }
  for (const k of index.kustomize.byDir.values()) {
    if (arrayAt(k.doc.value, ['helmCharts']).some(h => LINKERD.test(stringAt(h, ['name']) ?? ''))) return k.doc;
  }
  for (const d of index.objects('Deployment')) if (d.name === 'linkerd-proxy-injector') return d;
  return undefined;
}

/** Every Namespace the repository defines, by name (wherever its file is). */
export function namespaceObjects(index: RepoIndex): Map<string, YamlDoc> {
  const out = new Map<string, YamlDoc>();
  for (const d of index.objects('Namespace')) if (d.name && !out.has(d.name)) out.set(d.name, d);
  return out;
}
