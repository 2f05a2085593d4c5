import type {
  CustomObjectsByEntityRequest,
  KubernetesRequestBody,
  ObjectsByEntityResponse,
  WorkloadsByEntityRequest,
} from '@backstage/plugin-kubernetes-common';
import type { KubernetesApi } from '@backstage/plugin-kubernetes-react';
import { FixtureKubernetesApi } from '../src/fixtures';
import type { KubeObject } from '../src/model/types';

/** Every object type the dev page reads from the stub, as Backstage's Kubernetes backend does. */
const LISTS = [
  '/api/v1/pods',
  '/api/v1/services',
  '/api/v1/configmaps',
  '/apis/apps/v1/deployments',
  '/apis/apps/v1/replicasets',
  '/apis/apps/v1/statefulsets',
  '/apis/apps/v1/daemonsets',
  '/apis/batch/v1/jobs',
  '/apis/batch/v1/cronjobs',
  '/apis/networking.k8s.io/v1/ingresses',
  '/apis/helm.toolkit.fluxcd.io/v2/helmreleases',
  '/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations',
  '/apis/argoproj.io/v1alpha1/applications',
  '/apis/postgresql.cnpg.io/v1/clusters',
];

/**
 * The dev page's KubernetesApi: reads the stub Kubernetes API server
 * (e2e/kube-stub/server.mjs) over HTTP from the browser and answers as Backstage's
 * Kubernetes backend would, without a backend. Proxy requests (Flux actions) go to the
 * stub as they are.
 */
export class StubServerKubernetesApi implements KubernetesApi {
  constructor(private readonly url: string) {}

  private async cluster(): Promise<FixtureKubernetesApi> {
    const lists = await Promise.all(
      LISTS.map(async path => {
        let response: Response;
        try {
          response = await fetch(`${this.url}${path}`);
        } catch (e) {
          throw new Error(
            `The stub Kubernetes API at ${this.url} does not answer (${
              (e as Error).message
            }); start it with: node e2e/kube-stub/server.mjs --port 17443`,
          );
        }
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        const list = await response.json();
        const [, group, version] =
          /^\/apis?\/(?:([^/]+)\/)?([^/]+)\//.exec(path) ?? [];
        const kind = String(list.kind).replace(/List$/, '');
        return (list.items as KubeObject[]).map(o => ({
          ...o,
          apiVersion: o.apiVersion ?? (group ? `${group}/${version}` : version),
          kind: o.kind ?? kind,
        }));
      }),
    );
    return new FixtureKubernetesApi(lists.flat());
  }

  async getClusters() {
    return [{ name: 'kube-stub', authProvider: 'serviceAccount' }];
  }

  async getCluster(name: string) {
    return name === 'kube-stub'
      ? { name, authProvider: 'serviceAccount' }
      : undefined;
  }

  async getObjectsByEntity(
    request: KubernetesRequestBody,
  ): Promise<ObjectsByEntityResponse> {
    return (await this.cluster()).getObjectsByEntity(request);
  }

  async getWorkloadsByEntity(
    request: WorkloadsByEntityRequest,
  ): Promise<ObjectsByEntityResponse> {
    return (await this.cluster()).getWorkloadsByEntity(request);
  }

  async getCustomObjectsByEntity(
    request: CustomObjectsByEntityRequest,
  ): Promise<ObjectsByEntityResponse> {
    return (await this.cluster()).getCustomObjectsByEntity(request);
  }

  async proxy(options: {
    clusterName: string;
    path: string;
    init?: RequestInit;
  }): Promise<Response> {
    return fetch(`${this.url}${options.path}`, options.init);
  }
}
