import { appliedByOf, KUBERNETES_ID_LABEL, refOf } from './refs';
import { DeliveryStatus, KubeObject, LiveState } from './types';

interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** Ready=False reasons that mean "waiting", not "broken". */
const WAITING_REASONS = new Set([
  'DependencyNotReady',
  'Progressing',
  'ProgressingWithRetry',
]);

function conditionOf(object: KubeObject, type: string): Condition | undefined {
  const conditions: Condition[] = object.status?.conditions ?? [];
  return conditions.find(c => c.type === type);
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function latest(...times: unknown[]): string | undefined {
  const valid = times.filter(isTime);
  if (!valid.length) return undefined;
  return valid.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** The state of a Flux object from its `suspend` flag and its Ready condition. */
export function fluxState(object: KubeObject): LiveState {
  if (object.spec?.suspend === true) return 'suspended';
  const ready = conditionOf(object, 'Ready');
  if (!ready) return 'unknown';
  if (ready.status === 'True') return 'ready';
  if (ready.status === 'Unknown') return 'progressing';
  return WAITING_REASONS.has(ready.reason ?? '') ? 'progressing' : 'failing';
}

function fluxCommon(cluster: string, object: KubeObject) {
  const ready = conditionOf(object, 'Ready');
  return {
    ref: refOf(cluster, object),
    engine: 'flux' as const,
    state: fluxState(object),
    reason: ready?.reason,
    message: ready?.message,
    attemptedRevision: object.status?.lastAttemptedRevision,
    lastReconcile: latest(
      ready?.lastTransitionTime,
      object.status?.lastHandledReconcileAt,
    ),
    suspended: object.spec?.suspend === true,
    kubernetesId: object.metadata.labels?.[KUBERNETES_ID_LABEL],
    appliedBy: appliedByOf(cluster, object),
  };
}

/**
 * A Flux HelmRelease, `helm.toolkit.fluxcd.io/v2` or `v2beta2`: the applied chart version
 * is the newest `deployed` entry of `status.history` (both versions), or
 * `status.lastAppliedRevision` (v2beta2 only, removed in v2).
 */
export function parseHelmRelease(
  cluster: string,
  object: KubeObject,
): DeliveryStatus {
  const history: { status?: string; chartVersion?: string }[] =
    object.status?.history ?? [];
  const deployed = history.find(h => h.status === 'deployed');
  const chartSpec = object.spec?.chart?.spec;
  const chartRef = object.spec?.chartRef;
  let chart: string | undefined;
  if (chartSpec?.chart) {
    chart = chartSpec.version
      ? `${chartSpec.chart}@${chartSpec.version}`
      : chartSpec.chart;
  } else if (chartRef?.name) {
    chart = `${chartRef.kind ?? 'OCIRepository'}/${chartRef.name}`;
  }
  return {
    ...fluxCommon(cluster, object),
    ref: refOf(cluster, object, 'HelmRelease'),
    revision: deployed?.chartVersion ?? object.status?.lastAppliedRevision,
    chart,
  };
}

/** A Flux Kustomization, `kustomize.toolkit.fluxcd.io/v1` (or `v1beta2`). */
export function parseKustomization(
  cluster: string,
  object: KubeObject,
): DeliveryStatus {
  return {
    ...fluxCommon(cluster, object),
    ref: refOf(cluster, object, 'Kustomization'),
    revision: object.status?.lastAppliedRevision,
  };
}

function argoState(object: KubeObject): LiveState {
  const health: string | undefined = object.status?.health?.status;
  const sync: string | undefined = object.status?.sync?.status;
  const phase: string | undefined = object.status?.operationState?.phase;
  if (health === 'Suspended') return 'suspended';
  if (
    health === 'Degraded' ||
    health === 'Missing' ||
    phase === 'Failed' ||
    phase === 'Error'
  ) {
    return 'failing';
  }
  if (health === 'Healthy' && sync === 'Synced') return 'ready';
  if (health === 'Progressing' || sync === 'OutOfSync' || phase === 'Running')
    return 'progressing';
  return 'unknown';
}

/** An Argo CD Application, `argoproj.io/v1alpha1`. */
export function parseArgoApplication(
  cluster: string,
  object: KubeObject,
): DeliveryStatus {
  const status = object.status ?? {};
  const errorCondition = (status.conditions ?? []).find(
    (c: { type?: string }) => /Error$/.test(c.type ?? ''),
  );
  const operation = status.operationState;
  const failedOperation =
    operation && ['Failed', 'Error'].includes(operation.phase);
  const message: string | undefined =
    errorCondition?.message ??
    (failedOperation ? operation.message : undefined) ??
    status.health?.message ??
    operation?.message;
  const revision: string | undefined =
    status.sync?.revision ?? status.sync?.revisions?.[0];
  return {
    ref: refOf(cluster, object, 'Application'),
    engine: 'argocd',
    state: argoState(object),
    reason: errorCondition?.type ?? operation?.phase,
    message,
    revision,
    lastReconcile: latest(status.reconciledAt, operation?.finishedAt),
    suspended: false,
    sync: status.sync?.status,
    health: status.health?.status,
    kubernetesId: object.metadata.labels?.[KUBERNETES_ID_LABEL],
  };
}

/** A delivery object of any supported kind, or undefined for other kinds. */
export function parseDelivery(
  cluster: string,
  object: KubeObject,
): DeliveryStatus | undefined {
  switch (object.kind) {
    case 'HelmRelease':
      return parseHelmRelease(cluster, object);
    case 'Kustomization':
      return object.apiVersion?.startsWith('kustomize.config.k8s.io')
        ? undefined
        : parseKustomization(cluster, object);
    case 'Application':
      return parseArgoApplication(cluster, object);
    default:
      return undefined;
  }
}

/** Shortens `main@sha1:4f2c9a1e…` and bare 40-character commits to 7 characters. */
export function shortRevision(
  revision: string | undefined,
): string | undefined {
  if (!revision) return undefined;
  return revision
    .replace(/(sha1|sha256):([0-9a-f]{7})[0-9a-f]+/, '$1:$2')
    .replace(/^([0-9a-f]{7})[0-9a-f]{33}$/, '$1');
}
