import { isMap, isSeq, parseAllDocuments, YAMLMap, YAMLSeq } from 'yaml';
import { ChangeSetBuilder } from './ChangeSetBuilder';
import { AppPlan, describeWiring, planVolumes } from './appPlan';

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function appendItems(doc: { getIn: Function; setIn: Function; createNode: Function }, path: (string | number)[], items: unknown[]) {
  if (!items.length) return;
  let seq = doc.getIn(path, true) as YAMLSeq | undefined;
  if (!isSeq(seq)) {
    doc.setIn(path, doc.createNode([]));
    seq = doc.getIn(path, true) as YAMLSeq;
  }
  for (const item of items) seq.add(doc.createNode(item));
}

/**
 * Wires an existing app's workload (a Deployment, StatefulSet or DaemonSet named like the
 * app, in a file of its folder) to what the change set created for it: env, envFrom,
 * volumes and mounts on its first container, edited through the YAML Document API so
 * the rest of the file keeps its comments and order.
 *
 * @returns what is left to wire by hand: everything when the app has no such workload (a
 * Helm release, say), else the volumes that have no mount path.
 */
export function wireExistingWorkload(b: ChangeSetBuilder, plan: AppPlan): string[] {
  const files = b.tree
    .paths()
    .filter(p => p.startsWith(`${plan.folder}/`) && /\.ya?ml$/.test(p) && !p.slice(plan.folder.length + 1).includes('/'));
  for (const file of files) {
    const docs = parseAllDocuments(b.read(file) ?? '');
    if (!Array.isArray(docs)) continue;
    const index = docs.findIndex(d => {
      const js = d.errors.length ? undefined : (d.toJS() as { kind?: string; metadata?: { name?: string } } | null);
      return js && WORKLOAD_KINDS.has(js.kind ?? '') && js.metadata?.name === plan.name;
    });
    if (index < 0) continue;
    const doc = docs[index];
    const container = ['spec', 'template', 'spec', 'containers', 0];
    if (!isMap(doc.getIn(container, true) as YAMLMap)) break;
    const { volumes, mounts } = planVolumes(plan);
    appendItems(doc, [...container, 'env'], plan.env);
    appendItems(doc, [...container, 'envFrom'], plan.envFrom);
    appendItems(doc, [...container, 'volumeMounts'], mounts);
    appendItems(doc, ['spec', 'template', 'spec', 'volumes'], volumes);
    if (plan.serviceAccountName && !doc.getIn(['spec', 'template', 'spec', 'serviceAccountName'])) {
      doc.setIn(['spec', 'template', 'spec', 'serviceAccountName'], plan.serviceAccountName);
    }
    b.edit(file, () => docs.map(d => d.toString({ lineWidth: 0 })).join(''));
    return describeWiring({ ...plan, env: [], envFrom: [], volumes: plan.volumes.filter(v => !v.mountPath) });
  }
  return describeWiring(plan);
}
