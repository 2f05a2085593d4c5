import { dirOf } from '../../../tree/paths';
import { arrayAt, getIn, isRecord, podMetadataPath, selectorMatches, stringAt } from '../../k8s';
import type { RepoIndex } from '../../repoIndex';
import { helmReleases, podSpecs, releaseNamespace } from '../../references';
import { RawFinding, Rule } from '../../types';
import { at, qualified } from '../helpers';

/** Custom resources whose operators run pods the repository does not show. */
const POD_MAKING_KINDS = [
  'Alertmanager',
  'CephCluster',
  'Elasticsearch',
  'Kafka',
  'Kibana',
  'MongoDBCommunity',
  'OpenSearchCluster',
  'Prometheus',
  'RayCluster',
  'RayService',
  'Redis',
  'RedisCluster',
  'RedisReplication',
  'postgresql',
];

/** A kustomization entry kustomize fetches (a URL, a `github.com/…?ref=` base): its objects are not in the repository. */
const REMOTE = /^(https?:\/\/|git@|github\.com\/|gitlab\.com\/)|\?ref=/;

/**
 * Namespaces where a kustomization renders pods the repository does not show: its
 * `helmCharts:` (in their `namespace`, else the kustomization's) and remote resources
 * (in the kustomization's namespace, and that of the objects beside it).
 */
function kustomizeRenderedNamespaces(index: RepoIndex): Set<string> {
  const out = new Set<string>();
  for (const k of index.kustomize.byDir.values()) {
    const charts = arrayAt(k.doc.value, ['helmCharts']);
    const remote = k.entries.some(e => e.use === 'resource' && e.target === undefined && REMOTE.test(e.value));
    if (!charts.length && !remote) continue;
    const beside = [k.namespace, ...index.objects().filter(d => dirOf(d.file) === k.dir).map(d => index.namespaceOf(d))];
    for (const chart of charts) beside.push(stringAt(chart, ['namespace']));
    for (const namespace of beside) if (namespace !== undefined) out.add(namespace);
  }
  return out;
}

/** Selectors on an operator's own labels (cnpg.io/cluster…) are not checked. */
function operatorLabels(selector: Record<string, unknown>): boolean {
  return Object.keys(selector).some(k => k.includes('/') && !k.startsWith('app.kubernetes.io/'));
}

/** Services, PodDisruptionBudgets and autoscalers point at workloads that exist. */
export const selectorMismatch: Rule = {
  id: 'homeport/selector-mismatch',
  severity: 'warning',
  title: 'Selectors and targets find their workload',
  description:
    "A Service's selector and a PodDisruptionBudget's matchLabels match the pod template labels of a workload in the same namespace; an HorizontalPodAutoscaler's or VerticalPodAutoscaler's target names a workload there. Namespaces where a Helm chart (a HelmRelease, an Argo CD Helm source, a kustomize helmCharts entry), a remote kustomize resource or an operator (other than CloudNativePG) renders pods the repository does not show, and selectors on an operator's labels (cnpg.io/…), are skipped.",
  source: 'L64',
  citation: '[inference] "Selectors in a Service/PDB/HPA match a workload in the same namespace."',
  check: ({ index }) => {
    const out: RawFinding[] = [];
    const pods = podSpecs(index).map(({ doc }) => ({
      doc,
      namespace: index.namespaceOf(doc),
      labels: getIn(doc.value, [...podMetadataPath(doc.kind!), 'labels']),
    }));
    // Namespaces with pods the repository does not show: Helm releases, Argo CD Helm sources, operators.
    const opaque = new Set<string>();
    for (const hr of helmReleases(index)) opaque.add(releaseNamespace(index, hr) ?? '');
    for (const app of index.objects('Application')) {
      const sources = [getIn(app.value, ['spec', 'source']), ...((getIn(app.value, ['spec', 'sources']) as unknown[]) ?? [])];
      if (sources.some(s => typeof getIn(s, ['chart']) === 'string')) opaque.add(stringAt(app.value, ['spec', 'destination', 'namespace']) ?? '');
    }
    for (const doc of index.objects(...POD_MAKING_KINDS)) opaque.add(index.namespaceOf(doc) ?? '');
    for (const namespace of kustomizeRenderedNamespaces(index)) opaque.add(namespace);
    // Pods by namespace: a selector in a namespace is matched against the pods there and those of no namespace.
    const podsIn = new Map<string | undefined, typeof pods>();
    for (const p of pods) {
      const list = podsIn.get(p.namespace);
      if (list) list.push(p);
      else podsIn.set(p.namespace, [p]);
    }
    const matches = (namespace: string | undefined, selector: Record<string, unknown>) => {
      const candidates = namespace === undefined ? pods : [...(podsIn.get(namespace) ?? []), ...(podsIn.get(undefined) ?? [])];
      return candidates.some(p => selectorMatches(selector, p.labels));
    };

    for (const svc of index.objects('Service')) {
      const namespace = index.namespaceOf(svc);
      const selector = getIn(svc.value, ['spec', 'selector']);
      if (!isRecord(selector) || !Object.keys(selector).length || opaque.has(namespace ?? '') || operatorLabels(selector)) continue;
      if (!matches(namespace, selector)) {
        out.push(
          at(
            svc,
            ['spec', 'selector'],
            `Service ${qualified(namespace, svc.name ?? '')} selects ${JSON.stringify(selector)}, which no pod template in the namespace carries`,
            "Make the selector equal to the workload's pod template labels.",
          ),
        );
      }
    }
    for (const pdb of index.objects('PodDisruptionBudget')) {
      const namespace = index.namespaceOf(pdb);
      const selector = getIn(pdb.value, ['spec', 'selector', 'matchLabels']);
      if (!isRecord(selector) || opaque.has(namespace ?? '') || operatorLabels(selector)) continue;
      if (!matches(namespace, selector)) {
        out.push(
          at(
            pdb,
            ['spec', 'selector', 'matchLabels'],
            `PodDisruptionBudget ${qualified(namespace, pdb.name ?? '')} matches ${JSON.stringify(selector)}, which no pod template in the namespace carries`,
            "Make matchLabels equal to the workload's pod template labels.",
          ),
        );
      }
    }
    for (const hpa of index.objects('HorizontalPodAutoscaler', 'VerticalPodAutoscaler')) {
      const namespace = index.namespaceOf(hpa);
      const field = hpa.kind === 'HorizontalPodAutoscaler' ? 'scaleTargetRef' : 'targetRef';
      const kind = stringAt(hpa.value, ['spec', field, 'kind']);
      const name = stringAt(hpa.value, ['spec', field, 'name']);
      if (!kind || !name || opaque.has(namespace ?? '')) continue;
      const found = index
        .objects(kind)
        .some(w => w.name === name && (namespace === undefined || index.namespaceOf(w) === undefined || index.namespaceOf(w) === namespace));
      if (!found) {
        out.push(
          at(
            hpa,
            ['spec', field, 'name'],
            `${hpa.kind} ${qualified(namespace, hpa.name ?? '')} targets ${kind} ${name}, which is not in the namespace`,
            `Point spec.${field} at the workload's kind and name.`,
          ),
        );
      }
    }
    return out;
  },
};
