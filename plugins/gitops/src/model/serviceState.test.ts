import type { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import {
  demoObjects,
  llamaEntity,
  mealieEntity,
  podinfoEntity,
  stateFor,
  teamspeakEntity,
  variants,
} from '../fixtures';
import {
  dedupe,
  deliveryOf,
  issuesOf,
  needsLegacyFlux,
  serviceStateOf,
} from './serviceState';

describe('serviceStateOf on the demo cluster', () => {
  it('podinfo: its HelmRelease, the Kustomization that applied it, the chart-rendered Deployment', () => {
    const state = stateFor(podinfoEntity);
    expect(state.clusters).toEqual(['kube-stub']);
    expect(state.delivery.map(d => [d.ref.kind, d.ref.name, d.state])).toEqual([
      ['HelmRelease', 'podinfo', 'ready'],
    ]);
    expect(state.appliedBy).toEqual([
      {
        cluster: 'kube-stub',
        kind: 'Kustomization',
        namespace: 'flux-system',
        name: 'apps',
      },
    ]);
    expect(state.workloads).toEqual([
      expect.objectContaining({
        ref: expect.objectContaining({ kind: 'Deployment', name: 'podinfo' }),
        state: 'ready',
        desired: 1,
        ready: 1,
        restarts: 0,
        images: [
          expect.objectContaining({
            tag: '6.9.1',
            gitTag: '6.9.1',
            drift: 'same',
          }),
        ],
      }),
    ]);
    expect(state.pods.map(p => [p.ref.name, p.owner?.name, p.node])).toEqual([
      ['podinfo-4db7c87cbf-x7k2p', 'podinfo', 'anapistula-delrosalae'],
    ]);
    expect(state.databases).toEqual([]);
    expect(state.missing).toEqual([]);
    expect(state.issues).toEqual([]);
  });

  it('mealie: the CNPG cluster, its instance pod and the app pod with its OOM restart', () => {
    const state = stateFor(mealieEntity);
    expect(
      state.databases.map(d => [
        d.ref.name,
        d.state,
        d.readyInstances,
        d.instances,
        d.currentPrimary,
      ]),
    ).toEqual([['mealie-db', 'ready', 1, 1, 'mealie-db-1']]);
    expect(state.pods.map(p => [p.ref.name, p.owner, p.restarts])).toEqual([
      [
        expect.stringMatching(/^mealie-[a-z0-9]+-q9wzt$/),
        { kind: 'Deployment', name: 'mealie' },
        1,
      ],
      ['mealie-db-1', { kind: 'Cluster', name: 'mealie-db' }, 0],
    ]);
    expect(
      state.workloads.map(w => [
        w.ref.name,
        w.restarts,
        w.images.map(i => i.drift),
      ]),
    ).toEqual([['mealie', 1, ['same']]]);
    expect(state.delivery).toEqual([]);
    expect(state.appliedBy.map(a => a.name)).toEqual(['apps']);
  });

  it('teamspeak: the StatefulSet runs 3.13.6 where git says 3.13.7', () => {
    const [sts] = stateFor(teamspeakEntity).workloads;
    expect(sts).toMatchObject({
      ref: { kind: 'StatefulSet', name: 'teamspeak' },
      ready: 1,
      desired: 1,
      restarts: 2,
    });
    expect(sts.images).toEqual([
      expect.objectContaining({
        image: 'teamspeak:3.13.6',
        repository: 'teamspeak',
        tag: '3.13.6',
        gitTag: '3.13.7',
        drift: 'drift',
      }),
    ]);
  });

  it('llama: the GPU pod on its node, privileged with /dev/kfd and /dev/dri', () => {
    const state = stateFor(llamaEntity);
    expect(state.workloads.map(w => w.ref.name)).toEqual([
      'llama-swap',
      'llama-proxy',
    ]);
    const gpu = state.pods.find(p => p.owner?.name === 'llama-swap')!;
    expect(gpu).toMatchObject({
      node: 'anapistula-delrosalae',
      restarts: 3,
      gpu: { privileged: true, deviceMounts: ['/dev/dri', '/dev/kfd'] },
    });
  });

  it('reports a git workload no cluster runs', () => {
    const objects = demoObjects().filter(
      o =>
        o.metadata.name !== 'llama-proxy' &&
        !o.metadata.name.startsWith('llama-proxy-'),
    );
    expect(stateFor(llamaEntity, objects).missing).toEqual([
      { kind: 'Deployment', name: 'llama-proxy', namespace: 'llama' },
    ]);
  });

  it('is empty, with no missing workloads claimed, when no cluster answers', () => {
    expect(stateFor(llamaEntity, [])).toEqual({
      clusters: [],
      delivery: [],
      appliedBy: [],
      databases: [],
      workloads: [],
      pods: [],
      missing: [],
      issues: [],
    });
  });
});

const response = (
  resources: any[],
  errors: any[] = [],
): ObjectsByEntityResponse => ({
  items: [{ cluster: { name: 'c1' }, resources, podMetrics: [], errors }],
});

describe('versions and errors', () => {
  it('counts a HelmRelease served as v2 and v2beta2 once, at v2', () => {
    const v2 = {
      ...variants.helmReleaseV2beta2(),
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
    };
    const delivery = deliveryOf(
      response([
        { type: 'customresources', resources: [variants.helmReleaseV2beta2()] },
        { type: 'customresources', resources: [v2] },
      ]),
    );
    expect(delivery.map(d => d.ref.apiVersion)).toEqual([
      'helm.toolkit.fluxcd.io/v2',
    ]);
    expect(dedupe([])).toEqual([]);
  });

  it('reports cluster errors but not custom resources a cluster does not serve', () => {
    const r = response(
      [],
      [
        {
          errorType: 'NOT_FOUND',
          statusCode: 404,
          resourcePath: '/apis/argoproj.io/v1alpha1/applications',
        },
        {
          errorType: 'UNAUTHORIZED_ERROR',
          statusCode: 401,
          resourcePath: '/api/v1/pods',
        },
        {
          errorType: 'FETCH_ERROR',
          message: 'connect ECONNREFUSED 127.0.0.1:17443',
        },
      ],
    );
    expect(issuesOf(r)).toEqual([
      {
        cluster: 'c1',
        type: 'UNAUTHORIZED_ERROR',
        message: 'UNAUTHORIZED_ERROR (HTTP 401) for /api/v1/pods',
        resourcePath: '/api/v1/pods',
      },
      {
        cluster: 'c1',
        type: 'FETCH_ERROR',
        message: 'connect ECONNREFUSED 127.0.0.1:17443',
      },
    ]);
    expect(serviceStateOf(r, []).issues).toHaveLength(2);
  });

  it('asks for the beta Flux APIs when a cluster lacks the GA ones', () => {
    expect(
      needsLegacyFlux(
        response(
          [],
          [
            {
              errorType: 'NOT_FOUND',
              resourcePath:
                '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases',
            },
          ],
        ),
      ),
    ).toBe(true);
    expect(
      needsLegacyFlux(
        response(
          [],
          [
            {
              errorType: 'NOT_FOUND',
              resourcePath: '/apis/argoproj.io/v1alpha1/applications',
            },
          ],
        ),
      ),
    ).toBe(false);
  });
});
