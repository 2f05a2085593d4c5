import type { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import type { GitWorkload } from '../annotations';
import { isCnpgCluster, parseCnpgCluster } from './database';
import { parseDelivery } from './delivery';
import { appliedByOf, refKey } from './refs';
import {
  ClusterIssue,
  DatabaseStatus,
  DeliveryStatus,
  KubeObject,
  ObjectRef,
  PodStatus,
  ServiceState,
  WorkloadStatus,
} from './types';
import { parsePod, parseWorkload, WorkloadKind } from './workloads';

const VERSION_RANK: Record<string, number> = {
  'helm.toolkit.fluxcd.io/v2': 0,
  'helm.toolkit.fluxcd.io/v2beta2': 1,
  'helm.toolkit.fluxcd.io/v2beta1': 2,
  'kustomize.toolkit.fluxcd.io/v1': 0,
  'kustomize.toolkit.fluxcd.io/v1beta2': 1,
};

/**
 * The same object served at two versions (Flux CRDs serve v2 and v2beta2 of one stored
 * object) counts once, at the newer version.
 */
export function dedupe<T extends { ref: ObjectRef }>(items: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = refKey(item.ref);
    const seen = byKey.get(key);
    const rank = (i: T) => VERSION_RANK[i.ref.apiVersion ?? ''] ?? 0;
    if (!seen || rank(item) < rank(seen)) byKey.set(key, item);
  }
  return [...byKey.values()];
}

/** The issues the clusters reported. A custom resource type the cluster does not serve (404) is no issue. */
export function issuesOf(response: ObjectsByEntityResponse): ClusterIssue[] {
  return response.items.flatMap(item =>
    item.errors
      .filter(
        e =>
          !(
            e.errorType === 'NOT_FOUND' &&
            /^\/apis\/[^/]+\.[^/]+\//.test(
              (e as { resourcePath?: string }).resourcePath ?? '',
            )
          ),
      )
      .map(e => ({
        cluster: item.cluster.title ?? item.cluster.name,
        type: e.errorType,
        message:
          'message' in e
            ? e.message
            : `${e.errorType}${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}${
                e.resourcePath ? ` for ${e.resourcePath}` : ''
              }`,
        ...('resourcePath' in e && e.resourcePath
          ? { resourcePath: e.resourcePath }
          : {}),
      })),
  );
}

/** Whether a cluster answered 404 for the GA HelmRelease or Kustomization API (a Flux older than 2.3). */
export function needsLegacyFlux(response: ObjectsByEntityResponse): boolean {
  return response.items.some(item =>
    item.errors.some(
      e =>
        e.errorType === 'NOT_FOUND' &&
        /^\/apis\/(helm\.toolkit\.fluxcd\.io\/v2|kustomize\.toolkit\.fluxcd\.io\/v1)\//.test(
          (e as { resourcePath?: string }).resourcePath ?? '',
        ),
    ),
  );
}

function resourcesOf(
  item: ObjectsByEntityResponse['items'][number],
  type: string,
): KubeObject[] {
  return item.resources
    .filter(r => r.type === type)
    .flatMap(r => r.resources as KubeObject[]);
}

/** Merges two responses of the same entity (custom resources fetched in a second call). */
export function mergeResponses(
  a: ObjectsByEntityResponse,
  b: ObjectsByEntityResponse,
): ObjectsByEntityResponse {
  const items = a.items.map(item => ({
    ...item,
    resources: [...item.resources],
    errors: [...item.errors],
  }));
  for (const other of b.items) {
    const same = items.find(i => i.cluster.name === other.cluster.name);
    if (same) {
      same.resources.push(...other.resources);
      same.errors.push(...other.errors);
    } else {
      items.push(other);
    }
  }
  return { items };
}

/** Drops 404s for the GA Flux APIs once the legacy versions have been fetched in their place. */
export function withoutGaNotFound(
  response: ObjectsByEntityResponse,
): ObjectsByEntityResponse {
  return {
    items: response.items.map(item => ({
      ...item,
      errors: item.errors.filter(
        e =>
          !(
            e.errorType === 'NOT_FOUND' &&
            /^\/apis\/(helm\.toolkit\.fluxcd\.io\/v2|kustomize\.toolkit\.fluxcd\.io\/v1)\//.test(
              (e as { resourcePath?: string }).resourcePath ?? '',
            )
          ),
      ),
    })),
  };
}

/** Delivery objects (HelmRelease, Kustomization, Application) of a response, deduplicated. */
export function deliveryOf(
  response: ObjectsByEntityResponse,
): DeliveryStatus[] {
  const all: DeliveryStatus[] = [];
  for (const item of response.items) {
    for (const object of resourcesOf(item, 'customresources')) {
      const delivery = parseDelivery(item.cluster.name, object);
      if (delivery) all.push(delivery);
    }
  }
  return dedupe(all);
}

/**
 * Reduces the Kubernetes backend's answer for one entity to what the GitOps tab shows,
 * comparing running images with the images git names (`git`).
 */
export function serviceStateOf(
  response: ObjectsByEntityResponse,
  git: GitWorkload[],
): ServiceState {
  const delivery = deliveryOf(response);
  const databases: DatabaseStatus[] = [];
  const workloads: WorkloadStatus[] = [];
  const pods: PodStatus[] = [];
  const applied = new Map<string, ObjectRef>();

  for (const item of response.items) {
    const cluster = item.cluster.name;
    const replicaSets = resourcesOf(item, 'replicasets');
    const clusterPods = resourcesOf(item, 'pods').map(p =>
      parsePod(cluster, p, replicaSets, git),
    );
    pods.push(...clusterPods);
    for (const [type, kind] of [
      ['deployments', 'Deployment'],
      ['statefulsets', 'StatefulSet'],
      ['daemonsets', 'DaemonSet'],
    ] as [string, WorkloadKind][]) {
      for (const object of resourcesOf(item, type)) {
        workloads.push(parseWorkload(cluster, kind, object, clusterPods, git));
        const by = appliedByOf(cluster, object);
        if (by) applied.set(refKey(by), by);
      }
    }
    for (const object of resourcesOf(item, 'customresources')) {
      if (isCnpgCluster(object)) {
        databases.push(parseCnpgCluster(cluster, object));
        const by = appliedByOf(cluster, object);
        if (by) applied.set(refKey(by), by);
      }
    }
  }
  for (const d of delivery)
    if (d.appliedBy) applied.set(refKey(d.appliedBy), d.appliedBy);
  // Objects applied by one of the service's own delivery objects need no second line.
  for (const d of delivery)
    applied.delete(refKey({ ...d.ref, apiVersion: undefined }));

  const liveNames = new Set(workloads.map(w => `${w.ref.kind}/${w.ref.name}`));
  const missing = git
    .filter(w => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(w.kind))
    .filter(w => !liveNames.has(`${w.kind}/${w.name}`))
    .map(w => ({
      kind: w.kind,
      name: w.name,
      ...(w.namespace ? { namespace: w.namespace } : {}),
    }));

  return {
    clusters: response.items.map(i => i.cluster.title ?? i.cluster.name),
    delivery,
    appliedBy: [...applied.values()],
    databases: dedupe(databases),
    workloads,
    pods,
    missing: response.items.length ? missing : [],
    issues: issuesOf(response),
  };
}
