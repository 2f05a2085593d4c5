import { HelmSource } from '../../specs';
import { helmValuesWithImages } from '../../render/helmImages';
import { KUBERNETES_ID_LABEL } from '../../render/objects';
import { objectToDocument, TrailingComment, YamlObject } from '../../yaml/documents';
import { Document } from 'yaml';

/** `ghcr.io/org/app` → `https://ghcr.io`; Docker Hub names → `https://index.docker.io`. */
export function registryUrl(repository: string): string {
  const first = repository.split('/')[0];
  const isRegistry = repository.includes('/') && (first.includes('.') || first.includes(':'));
  return isRegistry ? `https://${first}` : 'https://index.docker.io';
}

function sourceObject(name: string, namespace: string, source: HelmSource): YamlObject {
  const { repository } = source;
  if (repository.type === 'helm') {
    return {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'HelmRepository',
      metadata: { name, namespace },
      spec: { interval: '24h', url: repository.url },
    };
  }
  if (repository.type === 'oci') {
    return {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'OCIRepository',
      metadata: { name, namespace },
      spec: {
        interval: '24h',
        url: `${repository.url.replace(/\/+$/, '')}/${source.chart}`,
        ref: { tag: source.version },
        layerSelector: {
          mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
          operation: 'copy',
        },
      },
    };
  }
  const chartDir = source.chart.replace(/^\.\//, '').split('/')[0];
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name, namespace },
    spec: {
      interval: '24h',
      url: repository.url,
      ref: { tag: source.version },
      ignore: `# exclude all\n/*\n# include charts directory\n!/${chartDir}/\n`,
    },
  };
}

/**
 * Seed 000's "Helm charts": a Flux source (HelmRepository, OCIRepository or
 * GitRepository) and a HelmRelease with an exact version, labelled for Backstage, image
 * repositories and tags in values, each tag followed by the update bot's comment.
 */
export function helmReleaseDocuments(options: {
  app: string;
  namespace: string;
  source: HelmSource;
  renovate: boolean;
}): Document[] {
  const { app, namespace, source } = options;
  const sourceName = source.repository.name ?? app;
  const { values, tags } = helmValuesWithImages(app, source);
  const trailing: TrailingComment[] = options.renovate
    ? tags.map(tag => ({
        path: ['spec', 'values', ...tag.path],
        comment: `renovate: depName=${tag.repository} registryUrl=${registryUrl(tag.repository)}`,
      }))
    : [];
  const chart =
    source.repository.type === 'oci'
      ? { chartRef: { kind: 'OCIRepository', name: sourceName } }
      : {
          chart: {
            spec: {
              chart: source.chart,
              ...(source.repository.type === 'helm' ? { version: source.version } : {}),
              sourceRef: {
                kind: source.repository.type === 'helm' ? 'HelmRepository' : 'GitRepository',
                name: sourceName,
              },
            },
          },
        };
  const release = {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: app, namespace, labels: { [KUBERNETES_ID_LABEL]: app } },
    spec: {
      interval: '30m',
      ...chart,
      // Everything the chart renders carries the label the Kubernetes tab looks for.
      commonMetadata: { labels: { [KUBERNETES_ID_LABEL]: app } },
      ...(Object.keys(values).length ? { values } : {}),
    },
  };
  return [
    objectToDocument(sourceObject(sourceName, namespace, source)),
    objectToDocument(release, { trailing }),
  ];
}
