import { HelmSource } from '../../specs';
import { YamlObject } from '../../yaml/documents';
import { FluxHelmProfileSpec } from '../document/schema';
import { metadata } from './write';

/** A HelmRelease's chart: a `chartRef` to an OCIRepository, or a `chart.spec` with its source. */
export interface ChartPlan {
  /** The release's `chartRef` or `chart` field. */
  field: YamlObject;
  /** The per-app source object, when the layout writes one. */
  source?: YamlObject;
}

/** app-template from the profile's chart settings: per app (onedr0p) or shared (billimek). */
export function appTemplateChart(spec: FluxHelmProfileSpec, app: string, namespace: string): ChartPlan {
  const { chart } = spec;
  if (chart.source === 'shared') {
    const { kind, name, namespace: ns } = chart.shared!;
    return { field: { chartRef: { kind, name, ...(ns ? { namespace: ns } : {}) } } };
  }
  return ociChart(spec, app, namespace, chart.url, chart.version);
}

function ociChart(spec: FluxHelmProfileSpec, app: string, namespace: string, url: string, tag: string): ChartPlan {
  const { interval, layerSelector, ...rest } = spec.chart.ociRepository as YamlObject;
  return {
    field: { chartRef: { kind: 'OCIRepository', name: app } },
    source: {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'OCIRepository',
      metadata: metadata(spec, app, namespace),
      spec: {
        ...(interval ? { interval } : {}),
        ...(layerSelector ? { layerSelector } : {}),
        ...rest,
        ref: { tag },
        url,
      },
    },
  };
}

/** A third-party chart: OCI charts like the repository's own (`chartRef`), Helm and git repositories with `chart.spec`. */
export function thirdPartyChart(spec: FluxHelmProfileSpec, app: string, namespace: string, source: HelmSource): ChartPlan {
  const { repository, chart, version } = source;
  if (repository.type === 'oci') {
    return ociChart(spec, app, namespace, `${repository.url.replace(/\/+$/, '')}/${chart}`, version);
  }
  const kind = repository.type === 'git' ? 'GitRepository' : 'HelmRepository';
  const interval = (spec.chart.ociRepository as YamlObject).interval ?? '15m';
  return {
    field: {
      chart: {
        spec: {
          chart,
          ...(repository.type === 'git' ? {} : { version }),
          sourceRef: { kind, name: app },
        },
      },
    },
    source: {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind,
      metadata: metadata(spec, app, namespace),
      spec:
        repository.type === 'git'
          ? { interval, url: repository.url, ref: { tag: version } }
          : { interval, url: repository.url },
    },
  };
}

/** The file name of a per-app chart source: the layout's for OCI, its kind's for the others. */
export function sourceFileName(spec: FluxHelmProfileSpec, source: YamlObject, vars: { app: string }): string {
  if (source.kind === 'OCIRepository') return spec.layout.files.chartSource.replace('{app}', vars.app);
  return `${String(source.kind).toLowerCase()}.yaml`;
}
