import { describeDone, RecordedStep, StepCheck, StepStatus } from '@homeport/plugin-gitops-common';
import { KubeCluster } from './kubeClusters';
import { KubeGet } from './kubeGet';
import { ResolveHost } from './resolveHost';

/** What the checks use to look: the clusters, how to read one, how to resolve a host. */
export interface StepCheckDeps {
  clusters: KubeCluster[];
  kubeGet: KubeGet;
  resolveHost: ResolveHost;
}

type Found = Pick<StepStatus, 'status' | 'evidence'>;

const NOT_FOUND_DNS = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME']);

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function secretFound(check: Extract<StepCheck, { kind: 'secret' }>, body: any, where: string): Found {
  const present = new Set(Object.keys({ ...body?.data, ...body?.stringData }));
  const missing = check.keys.filter(k => !present.has(k));
  const what = `Secret ${check.namespace}/${check.name}`;
  if (missing.length) return { status: 'owed', evidence: `${what} lacks ${missing.join(', ')} (${where})` };
  return {
    status: 'done',
    evidence: check.keys.length ? `${what} holds ${check.keys.join(', ')} (${where})` : `${what} exists (${where})`,
  };
}

function externalSecretFound(check: Extract<StepCheck, { kind: 'external-secret' }>, body: any, where: string): Found {
  const what = `ExternalSecret ${check.namespace}/${check.name}`;
  const conditions: any[] = Array.isArray(body?.status?.conditions) ? body.status.conditions : [];
  const ready = conditions.find(c => c?.type === 'Ready');
  if (!ready) return { status: 'owed', evidence: `${what} has not reported Ready yet (${where})` };
  const why = [ready.reason, ready.message].filter(Boolean).join(': ');
  if (ready.status === 'True') return { status: 'done', evidence: `${what} is Ready${why ? ` (${why})` : ''} (${where})` };
  return { status: 'owed', evidence: `${what} is not Ready${why ? `: ${why}` : ''} (${where})` };
}

async function inCluster(
  deps: StepCheckDeps,
  cluster: KubeCluster,
  check: Extract<StepCheck, { kind: 'secret' | 'external-secret' }>,
): Promise<Found> {
  const where = `cluster ${cluster.name}`;
  const kind = check.kind === 'secret' ? 'Secret' : 'ExternalSecret';
  const ns = encodeURIComponent(check.namespace);
  const name = encodeURIComponent(check.name);
  const path =
    check.kind === 'secret'
      ? `api/v1/namespaces/${ns}/secrets/${name}`
      : `apis/external-secrets.io/v1/namespaces/${ns}/externalsecrets/${name}`;
  let answer;
  try {
    answer = await deps.kubeGet(cluster, path);
  } catch (e) {
    return { status: 'unknown', evidence: `Cannot reach ${where}: ${reasonOf(e)}` };
  }
  if (answer.status === 404) {
    return { status: 'owed', evidence: `No ${kind} ${check.namespace}/${check.name} (${where})` };
  }
  if (answer.status !== 200) {
    const message = typeof answer.body?.message === 'string' ? `: ${answer.body.message}` : '';
    return {
      status: 'unknown',
      evidence: `${where} answered ${answer.status} for ${kind} ${check.namespace}/${check.name}${message}`,
    };
  }
  return check.kind === 'secret' ? secretFound(check, answer.body, where) : externalSecretFound(check, answer.body, where);
}

/** One found status out of the clusters': done in any, else owed in any, else unknown. */
function combine(found: Found[]): Found {
  for (const status of ['done', 'owed'] as const) {
    const hits = found.filter(f => f.status === status);
    if (hits.length) return { status, evidence: hits.map(f => f.evidence).join('; ') };
  }
  return { status: 'unknown', evidence: found.map(f => f.evidence).join('; ') };
}

async function resolves(deps: StepCheckDeps, host: string): Promise<Found> {
  try {
    const addresses = await deps.resolveHost(host);
    if (!addresses.length) return { status: 'owed', evidence: `${host} does not resolve` };
    return { status: 'done', evidence: `${host} resolves to ${addresses.join(', ')}` };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code && NOT_FOUND_DNS.has(code)) return { status: 'owed', evidence: `${host} does not resolve (${code})` };
    return { status: 'unknown', evidence: `Cannot resolve ${host}: ${reasonOf(e)}` };
  }
}

/**
 * The status of one recorded step: `done` from git when a person marked it done, else
 * what its check finds in the clusters or the resolver. Never rejects: whatever goes
 * wrong while looking is an `unknown` status with the reason.
 */
export async function checkStep(step: RecordedStep, deps: StepCheckDeps): Promise<StepStatus> {
  if (step.done) return { id: step.id, status: 'done', source: 'git', evidence: describeDone(step.done) };
  const check = step.check;
  try {
    switch (check?.kind) {
      case 'secret':
      case 'external-secret': {
        if (!deps.clusters.length) {
          return { id: step.id, status: 'unknown', source: 'cluster', evidence: 'No cluster is configured under kubernetes.clusterLocatorMethods' };
        }
        const found = await Promise.all(deps.clusters.map(c => inCluster(deps, c, check)));
        return { id: step.id, source: 'cluster', ...combine(found) };
      }
      case 'dns':
        return { id: step.id, source: 'dns', ...(await resolves(deps, check.host)) };
      default:
        return { id: step.id, status: 'owed', source: 'person', evidence: 'Not marked done yet' };
    }
  } catch (e) {
    return { id: step.id, status: 'unknown', source: check?.kind === 'dns' ? 'dns' : 'cluster', evidence: reasonOf(e) };
  }
}
