import { helmValuesWithImages } from '../../render/helmImages';
import { KUBERNETES_ID_LABEL } from '../../render/objects';
import { HelmSource } from '../../specs';
import { YamlObject } from '../../yaml/documents';
import { ArgocdCephEsoOptions } from './options';

/** The Application file of an app: `<appsDir>/<app>-app.yaml`, as `vaultwarden-app.yaml`. */
export function applicationFileName(app: string): string {
  return `${app}-app.yaml`;
}

/** A Helm chart as an Argo CD source: Helm repository, OCI registry (no scheme, as homarr's) or git. */
function chartSource(app: string, folder: string, source: HelmSource): YamlObject {
  const helm = { releaseName: app, valueFiles: [`$values/${folder}/values.yaml`] };
  const { repository } = source;
  if (repository.type === 'git') {
    return {
      repoURL: repository.url,
      targetRevision: source.version,
      path: source.chart.replace(/^\.\//, ''),
      helm,
    };
  }
  return {
    repoURL: repository.type === 'oci' ? repository.url.replace(/^oci:\/\//, '').replace(/\/+$/, '') : repository.url,
    chart: source.chart,
    targetRevision: source.version,
    helm,
  };
}

/**
 * The Argo CD Application of an app, as the corpus writes them: in namespace `argocd`,
 * sync wave 10, project `default`, the app folder from this repository's `main`, the
 * domain namespace on the local cluster, automated sync with prune and self-heal, and
 * `CreateNamespace=true` (the corpus keeps it though namespaces are central).
 *
 * A Helm app is a multi-source Application as nextcloud's and homarr's: the chart with
 * `$values/<folder>/values.yaml`, this repository as the `values` ref, and the app folder
 * through kustomize for its own objects (secrets, claims). The corpus's Helm apps also set
 * `managedNamespaceMetadata` with the app's name; that relabels the shared domain
 * namespace and two apps of a domain would fight over it, so it is left out.
 */
export function applicationObject(
  o: ArgocdCephEsoOptions,
  app: { name: string; namespace: string; folder: string; helm?: HelmSource },
): YamlObject {
  const repo = { repoURL: o.argocd.repoURL, targetRevision: o.argocd.targetRevision };
  const sources = app.helm
    ? {
        sources: [
          chartSource(app.name, app.folder, app.helm),
          { ...repo, ref: 'values' },
          { ...repo, path: app.folder, kustomize: {} },
        ],
      }
    : { source: { ...repo, path: app.folder } };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: app.name,
      namespace: o.argocd.namespace,
      labels: { [KUBERNETES_ID_LABEL]: app.name },
      annotations: { 'argocd.argoproj.io/sync-wave': o.argocd.syncWave },
    },
    spec: {
      project: o.argocd.project,
      ...sources,
      destination: { server: o.argocd.server, namespace: app.namespace },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['CreateNamespace=true'],
      },
    },
  };
}

/**
 * The chart's `values.yaml` in the app folder: the spec's values, its image repositories
 * and tags at their paths, and the chart's bundled Postgres or Redis disabled when the request
 * attaches the platform's (rule L37) and the values do not decide it already.
 *
 * No update-bot comment goes after the tags: the corpus's Renovate reads image fields
 * and Argo CD chart versions only, and has no rule for comments in Helm values.
 */
export function helmValues(app: string, source: HelmSource, attached: Set<'postgres' | 'redis'>): YamlObject {
  const { values } = helmValuesWithImages(app, source);
  const bundled = { postgres: 'postgresql', redis: 'redis' } as const;
  for (const kind of [...attached].sort()) {
    const key = bundled[kind];
    const current = values[key];
    if (current === undefined) values[key] = { enabled: false };
    else if (typeof current === 'object' && current !== null && !('enabled' in current)) {
      (current as YamlObject).enabled = false;
    }
  }
  return values;
}
