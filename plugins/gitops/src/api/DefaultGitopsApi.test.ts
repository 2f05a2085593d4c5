import type { Entity } from '@backstage/catalog-model';
import type { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import type { KubernetesApi } from '@backstage/plugin-kubernetes-react';
import {
  demoEntities,
  demoObjects,
  demoRepositoryEntity,
  FixtureKubernetesApi,
  manyServiceEntities,
  mealieEntity,
  podinfoEntity,
  variants,
} from '../fixtures';
import { DefaultGitopsApi } from './DefaultGitopsApi';

const NOW = new Date('2026-11-21T10:00:00.000Z');

/** A catalog answering `kind` and annotation filters (exists, or an exact value). */
function catalog(entities: Entity[] = demoEntities) {
  return {
    getEntities: jest.fn(async ({ filter }: any) => ({
      items: entities.filter(e =>
        Object.entries(filter).every(([key, value]) => {
          if (key === 'kind') return e.kind === value;
          const actual =
            e.metadata.annotations?.[key.slice('metadata.annotations.'.length)];
          return typeof value === 'string'
            ? actual === value
            : actual !== undefined;
        }),
      ),
    })),
  };
}

function setup(kubernetesApi: KubernetesApi = new FixtureKubernetesApi()) {
  return new DefaultGitopsApi({
    kubernetesApi,
    catalogApi: catalog(),
    now: () => NOW,
  });
}

describe('DefaultGitopsApi', () => {
  it('reads the state of a service through /services/:entity', async () => {
    const kube = new FixtureKubernetesApi();
    const spy = jest.spyOn(kube, 'getObjectsByEntity');
    const state = await setup(kube).getServiceState(mealieEntity);
    expect(spy).toHaveBeenCalledWith({ entity: mealieEntity, auth: {} });
    expect(state.databases.map(d => d.ref.name)).toEqual(['mealie-db']);
  });

  it('adds the users cluster credentials through the auth providers', async () => {
    const kube = new FixtureKubernetesApi();
    jest.spyOn(kube, 'getClusters').mockResolvedValue([
      { name: 'a', authProvider: 'oidc', oidcTokenProvider: 'okta' },
      { name: 'b', authProvider: 'serviceAccount' },
    ] as Awaited<ReturnType<KubernetesApi['getClusters']>>);
    const spy = jest.spyOn(kube, 'getObjectsByEntity');
    const decorateRequestBodyForAuth = jest.fn(
      async (provider: string, body: any) => ({
        ...body,
        auth: {
          ...body.auth,
          ...(provider === 'oidc.okta' ? { oidc: { okta: 'token' } } : {}),
        },
      }),
    );
    const api = new DefaultGitopsApi({
      kubernetesApi: kube,
      catalogApi: catalog(),
      kubernetesAuthProvidersApi: {
        decorateRequestBodyForAuth,
        getCredentials: jest.fn(),
      },
    });
    await api.getServiceState(podinfoEntity);
    expect(decorateRequestBodyForAuth.mock.calls.map(c => c[0])).toEqual([
      'oidc.okta',
      'serviceAccount',
    ]);
    expect(spy).toHaveBeenCalledWith({
      entity: podinfoEntity,
      auth: { oidc: { okta: 'token' } },
    });
  });

  it('reads HelmReleases at v2beta2 from a cluster without the GA Flux APIs (Flux 2.2)', async () => {
    const notFound: ObjectsByEntityResponse = {
      items: [
        {
          cluster: { name: 'old' },
          podMetrics: [],
          resources: [{ type: 'pods', resources: [] }],
          errors: [
            {
              errorType: 'NOT_FOUND',
              statusCode: 404,
              resourcePath:
                '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases',
            },
            {
              errorType: 'NOT_FOUND',
              statusCode: 404,
              resourcePath:
                '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/podinfo/kustomizations',
            },
          ],
        },
      ],
    };
    const legacy: ObjectsByEntityResponse = {
      items: [
        {
          cluster: { name: 'old' },
          podMetrics: [],
          errors: [],
          resources: [
            {
              type: 'customresources',
              resources: [variants.helmReleaseV2beta2()],
            },
          ],
        },
      ],
    };
    const kube = {
      getClusters: jest.fn(),
      getObjectsByEntity: jest.fn(async () => notFound),
      getCustomObjectsByEntity: jest.fn(async () => legacy),
    } as unknown as KubernetesApi;
    const state = await setup(kube).getServiceState(podinfoEntity);
    expect(kube.getCustomObjectsByEntity).toHaveBeenCalledWith({
      entity: podinfoEntity,
      auth: {},
      customResources: [
        {
          group: 'helm.toolkit.fluxcd.io',
          apiVersion: 'v2beta2',
          plural: 'helmreleases',
        },
        {
          group: 'kustomize.toolkit.fluxcd.io',
          apiVersion: 'v1beta2',
          plural: 'kustomizations',
        },
      ],
    });
    expect(
      state.delivery.map(d => [d.ref.apiVersion, d.revision, d.state]),
    ).toEqual([['helm.toolkit.fluxcd.io/v2beta2', '6.5.4', 'ready']]);
    expect(state.issues).toEqual([]);
  });

  it('reads the delivery index with one request per repository entity', async () => {
    const kube = new FixtureKubernetesApi(
      demoObjects({ scenarios: ['podinfo-upgrade-failed'] }),
    );
    const spy = jest.spyOn(kube, 'getCustomObjectsByEntity');
    const index = await setup(kube).getDeliveryIndex();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][0].entity).toBe(demoRepositoryEntity);
    expect(index.repositories).toEqual(['demo']);
    expect([...index.byKubernetesId.keys()]).toEqual(['podinfo']);
    expect(
      index.byKubernetesId.get('podinfo')!.map(d => [d.ref.kind, d.state]),
    ).toEqual([['HelmRelease', 'failing']]);
  });

  it('does not take a database Resource with another label selector for a repository entity', async () => {
    const db = demoEntities.find(
      e => e.kind === 'Resource' && e.metadata.name === 'mealie-db',
    )!;
    expect(
      db.metadata.annotations!['backstage.io/kubernetes-label-selector'],
    ).toBe('cnpg.io/cluster=mealie-db');
    const kube = new FixtureKubernetesApi();
    const spy = jest.spyOn(kube, 'getCustomObjectsByEntity');
    await setup(kube).getDeliveryIndex();
    expect(spy.mock.calls.map(c => c[0].entity.metadata.name)).toEqual([
      'demo-cluster-objects',
    ]);
  });

  it('asks per service without a repository entity, for a small catalog', async () => {
    const kube = new FixtureKubernetesApi();
    const spy = jest.spyOn(kube, 'getCustomObjectsByEntity');
    const withoutAnchor = demoEntities.filter(e => e !== demoRepositoryEntity);
    const api = new DefaultGitopsApi({
      kubernetesApi: kube,
      catalogApi: catalog(withoutAnchor),
    });
    const index = await api.getDeliveryIndex();
    expect(spy.mock.calls.map(c => c[0].entity.metadata.name).sort()).toEqual([
      'llama',
      'mealie',
      'podinfo',
      'teamspeak',
    ]);
    expect(index).toMatchObject({ repositories: [], perService: true });
    expect([...index.byKubernetesId.keys()]).toEqual(['podinfo']);
  });

  it('does not ask per service for a large catalog', async () => {
    const kube = new FixtureKubernetesApi();
    const spy = jest.spyOn(kube, 'getCustomObjectsByEntity');
    const api = new DefaultGitopsApi({
      kubernetesApi: kube,
      catalogApi: catalog(manyServiceEntities(101)),
    });
    expect(await api.getDeliveryIndex()).toEqual({
      byKubernetesId: new Map(),
      repositories: [],
      issues: [],
      perService: false,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  const podinfoRelease = {
    cluster: 'kube-stub',
    kind: 'HelmRelease',
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    namespace: 'podinfo',
    name: 'podinfo',
  };

  it('reconciles, suspends and resumes through the Kubernetes proxy with merge patches', async () => {
    const kube = new FixtureKubernetesApi();
    const proxy = jest.spyOn(kube, 'proxy');
    const api = setup(kube);
    await api.reconcile(podinfoRelease);
    await api.setSuspended(podinfoRelease, true);
    await api.setSuspended(podinfoRelease, false);
    const path =
      '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases/podinfo';
    expect(kube.patches).toEqual([
      {
        cluster: 'kube-stub',
        path,
        body: {
          metadata: {
            annotations: {
              'reconcile.fluxcd.io/requestedAt': '2026-11-21T10:00:00.000Z',
            },
          },
        },
      },
      { cluster: 'kube-stub', path, body: { spec: { suspend: true } } },
      {
        cluster: 'kube-stub',
        path,
        body: {
          spec: { suspend: null },
          metadata: {
            annotations: {
              'reconcile.fluxcd.io/requestedAt': '2026-11-21T10:00:00.000Z',
            },
          },
        },
      },
    ]);
    expect(proxy.mock.calls[0][0].init).toEqual({
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify(kube.patches[0].body),
    });
    const after = await api.getFluxObject(podinfoRelease);
    expect(after).toMatchObject({ suspended: false, state: 'ready' });
  });

  it('reads an unlabelled Flux object through the proxy, trying the beta version on 404', async () => {
    const kube = new FixtureKubernetesApi();
    const proxy = jest.spyOn(kube, 'proxy');
    const ks = await setup(kube).getFluxObject({
      cluster: 'kube-stub',
      kind: 'Kustomization',
      namespace: 'flux-system',
      name: 'apps',
    });
    expect(ks).toMatchObject({
      state: 'ready',
      revision: 'main@sha1:4f2c9a1e7b3d8c6f0a5e2d1b9c8a7f6e5d4c3b2a',
    });
    expect(proxy.mock.calls.map(c => c[0].path)).toEqual([
      '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations/apps',
    ]);

    const legacyOnly = {
      proxy: jest.fn(async ({ path }: { path: string }) =>
        path.includes('/v2/')
          ? new Response(
              JSON.stringify({
                kind: 'Status',
                message: 'the server could not find the requested resource',
              }),
              { status: 404 },
            )
          : new Response(JSON.stringify(variants.helmReleaseV2beta2()), {
              status: 200,
            }),
      ),
    } as unknown as KubernetesApi;
    const hr = await setup(legacyOnly).getFluxObject({
      cluster: 'old',
      kind: 'HelmRelease',
      namespace: 'podinfo',
      name: 'podinfo',
    });
    expect(hr.revision).toBe('6.5.4');
    expect(
      (legacyOnly.proxy as jest.Mock).mock.calls.map(c => c[0].path),
    ).toEqual([
      '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases/podinfo',
      '/apis/helm.toolkit.fluxcd.io/v2beta2/namespaces/podinfo/helmreleases/podinfo',
    ]);
  });

  it('reports a refused proxy request with the backend message', async () => {
    const refused = {
      proxy: jest.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: { name: 'NotAllowedError', message: 'Unauthorized' },
            }),
            { status: 403 },
          ),
      ),
    } as unknown as KubernetesApi;
    await expect(setup(refused).reconcile(podinfoRelease)).rejects.toThrow(
      'HelmRelease podinfo/podinfo in cluster kube-stub: Unauthorized',
    );
    expect((refused.proxy as jest.Mock).mock.calls).toHaveLength(1);
  });
});
