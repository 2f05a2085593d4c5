import { refOf } from './refs';
import { DatabaseStatus, KubeObject, LiveState } from './types';

const HEALTHY_PHASE = 'Cluster in healthy state';

/** Whether a custom resource of kind `Cluster` is a CloudNativePG Cluster. */
export function isCnpgCluster(object: KubeObject): boolean {
  if (object.kind !== 'Cluster') return false;
  if (object.apiVersion)
    return object.apiVersion.startsWith('postgresql.cnpg.io/');
  return typeof object.spec?.instances === 'number';
}

function cnpgState(object: KubeObject): LiveState {
  if (object.metadata.annotations?.['cnpg.io/hibernation'] === 'on')
    return 'suspended';
  const phase: string = object.status?.phase ?? '';
  const ready = (object.status?.conditions ?? []).find(
    (c: { type: string }) => c.type === 'Ready',
  );
  if (phase === HEALTHY_PHASE || ready?.status === 'True') {
    const { instances, readyInstances } = object.status ?? {};
    return typeof instances === 'number' &&
      typeof readyInstances === 'number' &&
      readyInstances < instances
      ? 'progressing'
      : 'ready';
  }
  if (
    /unrecoverable|cannot|unable|not enough|invalid|error|fail(?!ing over)/i.test(
      phase,
    )
  ) {
    return 'failing';
  }
  return phase || ready ? 'progressing' : 'unknown';
}

/** A CloudNativePG `Cluster` (`postgresql.cnpg.io/v1`). */
export function parseCnpgCluster(
  cluster: string,
  object: KubeObject,
): DatabaseStatus {
  const spec = object.spec ?? {};
  const status = object.status ?? {};
  const ready = (status.conditions ?? []).find(
    (c: { type: string }) => c.type === 'Ready',
  );
  return {
    ref: refOf(cluster, object, 'Cluster'),
    state: cnpgState(object),
    phase: status.phase,
    message:
      status.phaseReason ||
      (ready?.status !== 'True' ? ready?.message : undefined),
    instances: spec.instances,
    readyInstances:
      status.readyInstances ?? (status.instances !== undefined ? 0 : undefined),
    currentPrimary: status.currentPrimary,
    targetPrimary: status.targetPrimary,
    storageSize:
      spec.storage?.size ??
      spec.storage?.pvcTemplate?.resources?.requests?.storage,
    storageClass:
      spec.storage?.storageClass ?? spec.storage?.pvcTemplate?.storageClassName,
    walStorageSize:
      spec.walStorage?.size ??
      spec.walStorage?.pvcTemplate?.resources?.requests?.storage,
    image: status.image ?? spec.imageName,
  };
}
