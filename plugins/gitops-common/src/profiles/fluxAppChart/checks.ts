import { InputError } from '@backstage/errors';
import { AppSpec, HttpSpec, SecretSpec, WorkloadKind } from '../../specs';
import { FluxAppChartOptions } from './options';

/** The spec kinds the in-house chart has an answer for. */
export const FLUX_APP_CHART_SUPPORTS: readonly WorkloadKind[] = [
  'app',
  'secret',
  'http',
];

/**
 * Why the other kinds are refused: the chart (`kubernetes/.charts/simple-app`) renders a
 * Namespace, a Deployment, a ClusterIP Service on port 80, an Ingress for `hosts`, a
 * PodDisruptionBudget and the image automation's ImageRepository and ImagePolicy, and
 * nothing else; seed 001 sends anything more to the operators.
 *
 * @public
 */
export const FLUX_APP_CHART_UNSUPPORTED: Readonly<
  Partial<Record<WorkloadKind, string>>
> = {
  gpu: 'the simple-app chart has no GPU settings (no device requests, node selector, privileged mode or host devices) and the cluster nodes (Hetzner cax21, cloud-resources/hetzner-k8s.tf) have no GPUs',
  postgres:
    'the simple-app chart creates no database and seed 001 has no per-app database convention (the shared postgres-16 release in kubernetes/infrastructure is run by the operators): ask them for a database and pass its URL to the app as a secret',
  redis:
    'the simple-app chart creates no cache and seed 001 has no per-app Redis convention (the shared redis release in kubernetes/infrastructure is run by the operators)',
  volume:
    'the simple-app chart mounts no volumes (its Deployment has no volumes and it renders no PersistentVolumeClaim); seed 001 sends apps that need a persisted disk to the operators',
  tcp: 'the simple-app chart exposes HTTP only (a ClusterIP Service on port 80 and an Ingress for its hosts); it has no LoadBalancer or TCP/UDP exposure',
};

/** An InputError naming why this profile refuses a kind. */
export function unsupportedKind(
  profileId: string,
  kind: WorkloadKind,
): InputError {
  return new InputError(
    `Profile ${profileId} cannot render a ${kind} spec: ${
      FLUX_APP_CHART_UNSUPPORTED[kind] ??
      'it supports app, secret and http specs only'
    }`,
  );
}

/** Seed 001: "some string containing only lowercase characters and hyphens". */
export const APP_ID = /^[a-z-]+$/;

/**
 * The chart labels its objects `app.kubernetes.io/name: <id>-image-repository` (the
 * longest suffix, 17 characters); label values hold at most 63.
 */
export const MAX_APP_ID = 63 - '-image-repository'.length;

/** An image app as the chart's values express it. */
export interface ChartApp {
  id: string;
  repository: string;
  tag: string;
  /** The `N` of `v<N>_…`, as written in the tag. */
  major: string;
  exposedPort: number;
  environment: [string, string][];
  resources?: Record<string, unknown>;
  replicas: number;
  livenessProbe?: string;
  startupProbe?: string;
}

/** Checks an app's id against seed 001 and the chart's name lengths. */
export function checkAppId(id: string): void {
  if (!APP_ID.test(id)) {
    throw new InputError(
      `App id '${id}' must contain only lowercase letters and '-' (seed 001 names apps kubernetes/apps/<id>)`,
    );
  }
  if (id.length > MAX_APP_ID) {
    throw new InputError(
      `App id '${id}' must be at most ${MAX_APP_ID} characters: the chart labels its ImageRepository '${id}-image-repository' and label values hold at most 63`,
    );
  }
}

/** The major version of a tag the image automation can follow. */
export function tagMajor(
  o: FluxAppChartOptions,
  app: string,
  tag: string,
): string {
  const match = new RegExp(o.tagFormat).exec(tag);
  if (!match?.groups?.major) {
    throw new InputError(
      `Tag '${tag}' of app '${app}' does not match the image-automation pattern ${o.tagDescription}`,
    );
  }
  return match.groups.major;
}

/** The chart's values for an app spec, or an InputError for what the chart cannot do. */
export function chartAppFromSpec(
  o: FluxAppChartOptions,
  spec: AppSpec,
): ChartApp {
  const id = spec.name;
  checkAppId(id);
  if (spec.source.type !== 'image') {
    throw new InputError(
      `App '${id}' comes from a Helm chart (${spec.source.chart}): this profile deploys every app as a HelmRelease of the in-house chart ${o.chart.name}; give a container image instead`,
    );
  }
  if (spec.namespace !== undefined && spec.namespace !== id) {
    throw new InputError(
      `App '${id}' cannot use namespace '${spec.namespace}': the ${o.chart.name} chart puts the app's objects in namespace '${id}' (the HelmRelease itself lives in ${o.releaseNamespace})`,
    );
  }
  const source = spec.source;
  const major = tagMajor(o, id, source.tag);
  if (source.ports.length !== 1) {
    throw new InputError(
      `App '${id}' must expose exactly one TCP port: the ${o.chart.name} chart has a single exposedPort (got ${source.ports.length})`,
    );
  }
  const [port] = source.ports;
  if (port.protocol !== 'TCP') {
    throw new InputError(
      `Port ${port.name} of app '${id}' is ${port.protocol}: the ${o.chart.name} chart exposes TCP only`,
    );
  }
  if (source.command?.length || source.args?.length) {
    throw new InputError(
      `App '${id}' sets command or args: the ${o.chart.name} chart runs the image's own entrypoint (it has no command or args values)`,
    );
  }
  const seen = new Set<string>();
  for (const e of source.env) {
    if (seen.has(e.name)) {
      throw new InputError(
        `Environment variable ${e.name} of app '${id}' is set twice`,
      );
    }
    seen.add(e.name);
  }
  const probe = (which: 'liveness' | 'readiness') => {
    const p = source.probes?.[which];
    if (p && p.port !== port.port) {
      throw new InputError(
        `The ${which} probe of app '${id}' checks port ${p.port}: the ${o.chart.name} chart probes exposedPort (${port.port})`,
      );
    }
    return p?.path;
  };
  return {
    id,
    repository: source.repository,
    tag: source.tag,
    major,
    exposedPort: port.port,
    environment: source.env.map(e => [e.name, e.value]),
    // Limits first, as the corpus and the chart's values.yaml write them.
    resources: source.resources && {
      ...(source.resources.limits ? { limits: source.resources.limits } : {}),
      ...(source.resources.requests
        ? { requests: source.resources.requests }
        : {}),
    },
    replicas: source.replicas,
    livenessProbe: probe('liveness'),
    // The chart has no readiness probe; its startup probe (on exposedPort, until the app
    // first answers) is the one that waits for the app to come up.
    startupProbe: probe('readiness'),
  };
}

/** The host of an http spec, or an InputError for what the chart's Ingress cannot do. */
export function checkHttp(
  o: FluxAppChartOptions,
  spec: HttpSpec,
  exposedPort: number | undefined,
): string {
  const where = `http spec of app '${spec.app}'`;
  if (!spec.tls) {
    throw new InputError(
      `${where}: the ${o.chart.name} chart always serves its hosts with TLS (cert-manager); tls: false is not possible`,
    );
  }
  if (spec.path !== '/') {
    throw new InputError(
      `${where}: the ${o.chart.name} chart routes whole hosts (path /) to the app; path ${spec.path} is not possible`,
    );
  }
  const service = `${spec.app}-service`;
  if (spec.service !== undefined && spec.service !== service) {
    throw new InputError(
      `${where}: the ${o.chart.name} chart routes to its own Service ${service}; service ${spec.service} is not possible`,
    );
  }
  if (spec.port !== undefined && spec.port !== 80 && spec.port !== exposedPort) {
    throw new InputError(
      `${where}: the ${
        o.chart.name
      } chart's Service listens on port 80 and forwards to exposedPort${
        exposedPort === undefined ? '' : ` (${exposedPort})`
      }; port ${spec.port} is neither`,
    );
  }
  return spec.host ?? `${spec.app}.${o.domain}`;
}

/** A secret spec must name the one Secret the chart reads. */
export function checkSecret(o: FluxAppChartOptions, spec: SecretSpec): void {
  if (spec.name !== spec.app) {
    throw new InputError(
      `Secret '${spec.name}' of app '${spec.app}': the ${o.chart.name} chart reads only the Secret named after the app (hasSecrets: true); name it '${spec.app}'`,
    );
  }
}
