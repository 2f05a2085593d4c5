import { demoObjects, variants } from '../fixtures';
import {
  fluxState,
  parseArgoApplication,
  parseDelivery,
  parseHelmRelease,
  parseKustomization,
  shortRevision,
} from './delivery';
import { KubeObject } from './types';

const find = (objects: KubeObject[], kind: string, name: string) =>
  objects.find(o => o.kind === kind && o.metadata.name === name)!;

describe('HelmRelease helm.toolkit.fluxcd.io/v2', () => {
  it('reads a ready release: revision from the deployed history entry, last reconcile, applied by', () => {
    const hr = parseHelmRelease(
      'kube-stub',
      find(demoObjects(), 'HelmRelease', 'podinfo'),
    );
    expect(hr).toEqual({
      ref: {
        cluster: 'kube-stub',
        kind: 'HelmRelease',
        apiVersion: 'helm.toolkit.fluxcd.io/v2',
        namespace: 'podinfo',
        name: 'podinfo',
      },
      engine: 'flux',
      state: 'ready',
      reason: 'UpgradeSucceeded',
      message:
        'Helm upgrade succeeded for release podinfo/podinfo.v3 with chart podinfo@6.9.1',
      revision: '6.9.1',
      attemptedRevision: '6.9.1',
      lastReconcile: '2026-11-20T07:41:14Z',
      suspended: false,
      chart: 'podinfo@6.9.1',
      kubernetesId: 'podinfo',
      appliedBy: {
        cluster: 'kube-stub',
        kind: 'Kustomization',
        namespace: 'flux-system',
        name: 'apps',
      },
    });
  });

  it('reads a failed upgrade as failing with its message; the applied revision stays the last deployed one', () => {
    const objects = demoObjects({ scenarios: ['podinfo-upgrade-failed'] });
    const hr = parseHelmRelease(
      'kube-stub',
      find(objects, 'HelmRelease', 'podinfo'),
    );
    expect(hr.state).toBe('failing');
    expect(hr.reason).toBe('UpgradeFailed');
    expect(hr.message).toMatch(
      /^Helm upgrade failed for release podinfo\/podinfo with chart podinfo@6\.9\.1: cannot patch "podinfo"/,
    );
    expect(hr.revision).toBe('6.9.1');
    expect(hr.lastReconcile).toBe('2026-11-21T09:12:06Z');
  });

  it('reads a suspended release as suspended', () => {
    const object = find(demoObjects(), 'HelmRelease', 'podinfo');
    object.spec.suspend = true;
    expect(parseHelmRelease('c', object)).toMatchObject({
      state: 'suspended',
      suspended: true,
    });
  });

  it('reads a release with spec.chartRef', () => {
    const object = find(demoObjects(), 'HelmRelease', 'podinfo');
    delete object.spec.chart;
    object.spec.chartRef = { kind: 'OCIRepository', name: 'podinfo' };
    expect(parseHelmRelease('c', object).chart).toBe('OCIRepository/podinfo');
  });
});

describe('HelmRelease helm.toolkit.fluxcd.io/v2beta2', () => {
  it('reads the Flux 2.2 object: revision, status and version', () => {
    const hr = parseHelmRelease('old', variants.helmReleaseV2beta2());
    expect(hr).toMatchObject({
      ref: {
        apiVersion: 'helm.toolkit.fluxcd.io/v2beta2',
        kind: 'HelmRelease',
        name: 'podinfo',
      },
      state: 'ready',
      revision: '6.5.4',
      chart: 'podinfo@6.5.4',
      lastReconcile: '2024-03-11T08:30:25Z',
      appliedBy: undefined,
    });
  });

  it('falls back to status.lastAppliedRevision without a deployed history entry', () => {
    const object = variants.helmReleaseV2beta2();
    object.status.history = [];
    object.status.lastAppliedRevision = '6.5.3';
    expect(parseHelmRelease('old', object).revision).toBe('6.5.3');
  });
});

describe('Kustomization kustomize.toolkit.fluxcd.io/v1', () => {
  it('reads a ready Kustomization with its applied git revision', () => {
    const ks = parseKustomization(
      'kube-stub',
      find(demoObjects(), 'Kustomization', 'apps'),
    );
    expect(ks).toMatchObject({
      state: 'ready',
      revision: 'main@sha1:4f2c9a1e7b3d8c6f0a5e2d1b9c8a7f6e5d4c3b2a',
      message:
        'Applied revision: main@sha1:4f2c9a1e7b3d8c6f0a5e2d1b9c8a7f6e5d4c3b2a',
      lastReconcile: '2026-11-21T06:30:09Z',
    });
  });

  it('reads a failed health check as failing; attempted and applied revisions differ', () => {
    const ks = parseKustomization('kube-stub', variants.kustomizationFailed());
    expect(ks).toMatchObject({
      state: 'failing',
      reason: 'HealthCheckFailed',
      revision: 'main@sha1:9d1b0c7e2a4f6d8b1e3c5a7f9b2d4e6c8a0f1e3d',
      attemptedRevision: 'main@sha1:4f2c9a1e7b3d8c6f0a5e2d1b9c8a7f6e5d4c3b2a',
      kubernetesId: 'teamspeak',
    });
    expect(ks.message).toMatch(/^health check failed after 5m0/);
  });

  it('is not confused with a kustomize.config.k8s.io Kustomization', () => {
    expect(
      parseDelivery('c', {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        metadata: { name: 'x' },
      }),
    ).toBeUndefined();
  });
});

describe('Application argoproj.io/v1alpha1', () => {
  it('reads sync, health, revision and the sync error', () => {
    const app = parseArgoApplication('kube-stub', variants.argoApplication());
    expect(app).toMatchObject({
      engine: 'argocd',
      state: 'failing',
      sync: 'OutOfSync',
      health: 'Degraded',
      reason: 'SyncError',
      revision: '8c3f2e1d0b9a8c7e6f5d4c3b2a1908f7e6d5c4b3',
      lastReconcile: '2026-11-21T09:02:11Z',
      kubernetesId: 'mealie',
      suspended: false,
    });
    expect(app.message).toMatch(/^Failed sync attempt to 8c3f2e1/);
  });

  it('reads a synced, healthy application as ready', () => {
    const object = variants.argoApplication();
    object.status = {
      sync: { status: 'Synced', revision: 'abc' },
      health: { status: 'Healthy' },
      reconciledAt: '2026-11-21T10:00:00Z',
    };
    expect(parseArgoApplication('c', object)).toMatchObject({
      state: 'ready',
      message: undefined,
      revision: 'abc',
    });
    object.status.health.status = 'Progressing';
    expect(parseArgoApplication('c', object).state).toBe('progressing');
    object.status.health.status = 'Suspended';
    expect(parseArgoApplication('c', object).state).toBe('suspended');
  });
});

describe('fluxState', () => {
  const withReady = (status: string, reason?: string): KubeObject => ({
    metadata: { name: 'x' },
    status: { conditions: [{ type: 'Ready', status, reason }] },
  });
  it('maps the Ready condition', () => {
    expect(fluxState(withReady('True'))).toBe('ready');
    expect(fluxState(withReady('Unknown', 'Progressing'))).toBe('progressing');
    expect(fluxState(withReady('False', 'DependencyNotReady'))).toBe(
      'progressing',
    );
    expect(fluxState(withReady('False', 'InstallFailed'))).toBe('failing');
    expect(fluxState({ metadata: { name: 'new' } })).toBe('unknown');
  });
});

describe('shortRevision', () => {
  it('shortens git and digest revisions', () => {
    expect(
      shortRevision('main@sha1:4f2c9a1e7b3d8c6f0a5e2d1b9c8a7f6e5d4c3b2a'),
    ).toBe('main@sha1:4f2c9a1');
    expect(shortRevision('8c3f2e1d0b9a8c7e6f5d4c3b2a1908f7e6d5c4b3')).toBe(
      '8c3f2e1',
    );
    expect(shortRevision('6.9.1')).toBe('6.9.1');
    expect(shortRevision(undefined)).toBeUndefined();
  });
});
