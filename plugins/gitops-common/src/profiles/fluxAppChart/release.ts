import { Document, isScalar, Scalar, stringify } from 'yaml';
import { KUBERNETES_ID_LABEL } from '../../render/objects';
import {
  documentToYaml,
  objectToDocument,
  YamlObject,
} from '../../yaml/documents';
import { ChartApp } from './checks';
import { FluxAppChartOptions } from './options';

type Path = (string | number)[];

const VALUES: Path = ['spec', 'values'];

/** The chart's ImagePolicy of an app (templates/image-policy.yaml: `<app>-image-policy`). */
export function imagePolicyRef(o: FluxAppChartOptions, app: string): string {
  return `${o.imagePolicyNamespace}:${app}-image-policy`;
}

/** The image automation's setter comment: `{"$imagepolicy": "flux-system:<app>-image-policy:tag"}`. */
export function imagePolicyComment(
  o: FluxAppChartOptions,
  app: string,
  field: 'name' | 'tag',
): string {
  return `{"$imagepolicy": ${JSON.stringify(
    `${imagePolicyRef(o, app)}:${field}`,
  )}}`;
}

/** The chart's `image.tagUpdatePattern` for a major version. */
export function tagUpdatePattern(
  o: FluxAppChartOptions,
  major: string,
): string {
  return o.tagUpdatePattern.split('{major}').join(major);
}

/** Gives the scalar at `path` a quoting style, as the corpus writes it. */
export function styleScalar(
  doc: Document,
  path: Path,
  type: Scalar.Type,
): void {
  const node = doc.getIn(path, true);
  if (!isScalar(node))
    throw new Error(`No scalar at ${path.join('.')} to style`);
  node.type = type;
}

/**
 * Adds `backstage.io/kubernetes-id` to the pod template of the chart's Deployment: the
 * chart labels its pods `app: <app>` only, and `commonMetadata` reaches object metadata,
 * not pod templates. A JSON 6902 patch, serialized by the YAML library.
 */
export function podLabelPostRenderer(app: string): YamlObject {
  const patch = [
    {
      op: 'add',
      path: `/spec/template/metadata/labels/${KUBERNETES_ID_LABEL.replace(
        '/',
        '~1',
      )}`,
      value: app,
    },
  ];
  return {
    kustomize: {
      patches: [{ target: { kind: 'Deployment' }, patch: stringify(patch) }],
    },
  };
}

/**
 * The values of a new app, in the order of `kubernetes/apps/example-app/release.yaml`
 * (`hasSecrets` first, as chore-score-bot has it). `hosts` is always written: the
 * chart's default is `[some.example.domain]`.
 */
function chartValues(
  o: FluxAppChartOptions,
  app: ChartApp,
  hosts: string[],
  hasSecrets: boolean,
): YamlObject {
  const values: YamlObject = {};
  if (hasSecrets) values.hasSecrets = true;
  values.image = {
    repositoryWithRegistry: app.repository,
    tag: app.tag,
    ...(app.major !== o.defaultMajor
      ? { tagUpdatePattern: tagUpdatePattern(o, app.major) }
      : {}),
  };
  values.exposedPort = app.exposedPort;
  if (app.environment.length)
    values.environment = Object.fromEntries(app.environment);
  values.hosts = hosts;
  if (app.resources) values.resources = app.resources;
  if (app.replicas !== o.chart.defaultReplicas) {
    values.replicas = app.replicas;
    // The chart's PodDisruptionBudget would otherwise keep the only pod from being evicted.
    if (app.replicas <= o.chart.defaultMinAvailable) values.minAvailable = 0;
  }
  if (app.livenessProbe) values.livenessProbe = app.livenessProbe;
  if (app.startupProbe) values.startupProbe = app.startupProbe;
  return values;
}

/** The HelmRelease of a new app, as plain data. */
export function helmReleaseObject(
  o: FluxAppChartOptions,
  app: ChartApp,
  hosts: string[],
  hasSecrets: boolean,
): YamlObject {
  const labels = { [KUBERNETES_ID_LABEL]: app.id };
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: app.id, namespace: o.releaseNamespace, labels },
    spec: {
      chart: {
        spec: {
          chart: o.chart.name,
          sourceRef: { ...o.chart.sourceRef },
          version: o.chart.version,
        },
      },
      interval: o.interval,
      // Every object the chart renders (Deployment, Service, Ingress, ImagePolicy, ...).
      commonMetadata: { labels: { ...labels } },
      ...(o.labelPods ? { postRenderers: [podLabelPostRenderer(app.id)] } : {}),
      values: chartValues(o, app, hosts, hasSecrets),
    },
  };
}

/**
 * `kubernetes/apps/<id>/release.yaml` of a new app: example-app's file with its
 * `[MODIFY]` fields filled, the image automation's setter comments naming the app's
 * ImagePolicy, and the corpus's quoting (double quotes for the version, image, tag,
 * hosts, environment values and probe paths; environment values stay strings because
 * Helm reads numbers in values as floats, and would print a long one in e-notation).
 */
export function newReleaseYaml(
  o: FluxAppChartOptions,
  app: ChartApp,
  hosts: string[],
  hasSecrets: boolean,
): string {
  const image = [...VALUES, 'image'];
  const doc = objectToDocument(helmReleaseObject(o, app, hosts, hasSecrets), {
    trailing: [
      {
        path: [...image, 'repositoryWithRegistry'],
        comment: imagePolicyComment(o, app.id, 'name'),
      },
      {
        path: [...image, 'tag'],
        comment: imagePolicyComment(o, app.id, 'tag'),
      },
    ],
  });
  styleScalar(doc, ['spec', 'chart', 'spec', 'version'], Scalar.QUOTE_DOUBLE);
  styleScalar(doc, [...image, 'repositoryWithRegistry'], Scalar.QUOTE_DOUBLE);
  styleScalar(doc, [...image, 'tag'], Scalar.QUOTE_DOUBLE);
  if (app.major !== o.defaultMajor) {
    styleScalar(doc, [...image, 'tagUpdatePattern'], Scalar.QUOTE_SINGLE);
  }
  for (const [name] of app.environment) {
    styleScalar(doc, [...VALUES, 'environment', name], Scalar.QUOTE_DOUBLE);
  }
  hosts.forEach((_, i) =>
    styleScalar(doc, [...VALUES, 'hosts', i], Scalar.QUOTE_DOUBLE),
  );
  for (const probe of ['livenessProbe', 'startupProbe'] as const) {
    if (app[probe]) styleScalar(doc, [...VALUES, probe], Scalar.QUOTE_DOUBLE);
  }
  return documentToYaml(doc);
}
