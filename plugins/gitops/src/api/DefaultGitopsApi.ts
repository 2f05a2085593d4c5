import { Entity } from '@backstage/catalog-model';
import {
  CATALOG_FILTER_EXISTS,
  catalogApiRef,
} from '@backstage/plugin-catalog-react';
import type {
  KubernetesRequestAuth,
  ObjectsByEntityResponse,
} from '@backstage/plugin-kubernetes-common';
import type {
  KubernetesApi,
  KubernetesAuthProvidersApi,
} from '@backstage/plugin-kubernetes-react';
import {
  ANNOTATIONS,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  readGitopsAnnotations,
} from '../annotations';
import { parseDelivery } from '../model/delivery';
import { refKey } from '../model/refs';
import {
  deliveryOf,
  issuesOf,
  mergeResponses,
  needsLegacyFlux,
  serviceStateOf,
  withoutGaNotFound,
} from '../model/serviceState';
import {
  DeliveryStatus,
  KubeObject,
  ObjectRef,
  ServiceState,
} from '../model/types';
import { DeliveryIndex, GitopsApi } from './GitopsApi';
import {
  DELIVERY_RESOURCES,
  fluxObjectPaths,
  LEGACY_FLUX_RESOURCES,
} from './resources';

type CatalogApi = typeof catalogApiRef.T;

/** Without a repository entity, the overview asks per service up to this many services. */
export const PER_SERVICE_LIMIT = 100;
const PER_SERVICE_CONCURRENCY = 6;
const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** Options of {@link DefaultGitopsApi}. */
export interface DefaultGitopsApiOptions {
  kubernetesApi: KubernetesApi;
  catalogApi: Pick<CatalogApi, 'getEntities'>;
  /** Adds the user's cluster credentials for clusters with client-side auth (OIDC, Google). */
  kubernetesAuthProvidersApi?: KubernetesAuthProvidersApi;
  /** The clock for `reconcile.fluxcd.io/requestedAt`. */
  now?: () => Date;
}

async function statusMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    if (body?.message) return String(body.message);
    if (body?.error?.message) return String(body.error.message);
  } catch {
    // not JSON
  }
  return text || response.statusText;
}

/**
 * {@link GitopsApi} through Backstage's Kubernetes backend: `/services/:entity` for a
 * service's objects (pods, workloads and the custom resources of `kubernetes.customResources`),
 * `/resources/custom/query` for the overview, and `/proxy` for Flux actions.
 *
 * @public
 */
export class DefaultGitopsApi implements GitopsApi {
  private readonly kubernetesApi: KubernetesApi;
  private readonly catalogApi: Pick<CatalogApi, 'getEntities'>;
  private readonly authProviders?: KubernetesAuthProvidersApi;
  private readonly now: () => Date;

  constructor(options: DefaultGitopsApiOptions) {
    this.kubernetesApi = options.kubernetesApi;
    this.catalogApi = options.catalogApi;
    this.authProviders = options.kubernetesAuthProvidersApi;
    this.now = options.now ?? (() => new Date());
  }

  private async auth(entity: Entity): Promise<KubernetesRequestAuth> {
    if (!this.authProviders) return {};
    const clusters = await this.kubernetesApi.getClusters();
    const providers = [
      ...new Set(
        clusters.map(c =>
          c.oidcTokenProvider
            ? `${c.authProvider}.${c.oidcTokenProvider}`
            : c.authProvider,
        ),
      ),
    ];
    let body: { entity: Entity; auth?: KubernetesRequestAuth } = { entity };
    for (const provider of providers) {
      body = await this.authProviders.decorateRequestBodyForAuth(
        provider,
        body,
      );
    }
    return body.auth ?? {};
  }

  /** Fetches with the GA Flux APIs, and again with the beta ones where a cluster lacks them. */
  private async withLegacyFlux(
    entity: Entity,
    auth: KubernetesRequestAuth,
    first: ObjectsByEntityResponse,
  ): Promise<ObjectsByEntityResponse> {
    if (!needsLegacyFlux(first)) return first;
    const legacy = await this.kubernetesApi.getCustomObjectsByEntity({
      entity,
      auth,
      customResources: LEGACY_FLUX_RESOURCES,
    });
    return withoutGaNotFound(mergeResponses(first, legacy));
  }

  async getServiceState(entity: Entity): Promise<ServiceState> {
    const auth = await this.auth(entity);
    const first = await this.kubernetesApi.getObjectsByEntity({ entity, auth });
    const response = await this.withLegacyFlux(entity, auth, first);
    return serviceStateOf(response, readGitopsAnnotations(entity).workloads);
  }

  /** The objects of the given custom resource types for one entity, beta Flux APIs included. */
  private async deliveryObjects(
    entity: Entity,
  ): Promise<ObjectsByEntityResponse> {
    const auth = await this.auth(entity);
    const first = await this.kubernetesApi.getCustomObjectsByEntity({
      entity,
      auth,
      customResources: DELIVERY_RESOURCES,
    });
    return this.withLegacyFlux(entity, auth, first);
  }

  async getDeliveryIndex(): Promise<DeliveryIndex> {
    const { items: anchors } = await this.catalogApi.getEntities({
      filter: {
        [`metadata.annotations.${ANNOTATIONS.repository}`]:
          CATALOG_FILTER_EXISTS,
        [`metadata.annotations.${KUBERNETES_LABEL_SELECTOR_ANNOTATION}`]:
          KUBERNETES_ID_LABEL,
      },
    });
    const byKubernetesId = new Map<string, DeliveryStatus[]>();
    const seen = new Set<string>();
    const index: DeliveryIndex = {
      byKubernetesId,
      repositories: [],
      issues: [],
      perService: false,
    };
    const add = (response: ObjectsByEntityResponse) => {
      index.issues.push(...issuesOf(response));
      for (const delivery of deliveryOf(response)) {
        if (!delivery.kubernetesId) continue;
        const key = refKey(delivery.ref);
        if (seen.has(key)) continue; // two entities' selectors can match one object
        seen.add(key);
        const list = byKubernetesId.get(delivery.kubernetesId) ?? [];
        list.push(delivery);
        byKubernetesId.set(delivery.kubernetesId, list);
      }
    };
    if (anchors.length) {
      const responses = await Promise.all(
        anchors.map(anchor => this.deliveryObjects(anchor)),
      );
      index.repositories = [
        ...new Set(
          anchors.map(a => a.metadata.annotations![ANNOTATIONS.repository]),
        ),
      ];
      responses.forEach(add);
      return index;
    }
    // No repository entity to read through: one request per service, for small catalogs.
    const { items: services } = await this.catalogApi.getEntities({
      filter: {
        kind: 'Component',
        [`metadata.annotations.${ANNOTATIONS.repository}`]:
          CATALOG_FILTER_EXISTS,
      },
    });
    if (!services.length || services.length > PER_SERVICE_LIMIT) return index;
    index.perService = true;
    let next = 0;
    const worker = async () => {
      while (next < services.length) {
        const service = services[next++];
        add(await this.deliveryObjects(service));
      }
    };
    await Promise.all(
      Array.from(
        { length: Math.min(PER_SERVICE_CONCURRENCY, services.length) },
        worker,
      ),
    );
    return index;
  }

  private async fluxRequest(
    ref: ObjectRef,
    init?: RequestInit,
  ): Promise<KubeObject> {
    let last = '';
    for (const path of fluxObjectPaths(ref)) {
      const response = await this.kubernetesApi.proxy({
        clusterName: ref.cluster,
        path,
        init,
      });
      if (response.ok) return (await response.json()) as KubeObject;
      last = `${ref.kind} ${ref.namespace}/${ref.name} in cluster ${
        ref.cluster
      }: ${await statusMessage(response)}`;
      if (response.status !== 404) break; // only a missing API version is worth another try
    }
    throw new Error(last);
  }

  async getFluxObject(ref: ObjectRef): Promise<DeliveryStatus> {
    const object = await this.fluxRequest(ref);
    const delivery = parseDelivery(ref.cluster, {
      ...object,
      kind: object.kind ?? ref.kind,
    });
    if (!delivery)
      throw new Error(`${ref.kind} ${ref.name} is not a Flux object`);
    return delivery;
  }

  private patch(ref: ObjectRef, body: unknown): Promise<KubeObject> {
    return this.fluxRequest(ref, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify(body),
    });
  }

  async reconcile(ref: ObjectRef): Promise<void> {
    await this.patch(ref, {
      metadata: {
        annotations: {
          'reconcile.fluxcd.io/requestedAt': this.now().toISOString(),
        },
      },
    });
  }

  async setSuspended(ref: ObjectRef, suspended: boolean): Promise<void> {
    if (suspended) {
      await this.patch(ref, { spec: { suspend: true } });
      return;
    }
    // As `flux resume` does: clear the flag and ask for a reconcile right away.
    await this.patch(ref, {
      spec: { suspend: null },
      metadata: {
        annotations: {
          'reconcile.fluxcd.io/requestedAt': this.now().toISOString(),
        },
      },
    });
  }
}
