import { ConflictError, NotFoundError } from '@backstage/errors';
import { catalogInfoYaml } from '../../render/catalogInfo';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { listAddedResources } from '../../render/kustomizations';
import { AppSpec, WorkloadSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { addKustomizationResources } from '../../yaml/kustomization';
import { Profile } from '../types';
import {
  ChartApp,
  chartAppFromSpec,
  checkHttp,
  checkSecret,
  FLUX_APP_CHART_SUPPORTS,
  FLUX_APP_CHART_UNSUPPORTED,
  unsupportedKind,
} from './checks';
import { editRelease, ExistingRelease, readRelease } from './editRelease';
import { FluxAppChartOptions, fluxAppChartOptions } from './options';
import { newReleaseYaml } from './release';
import { hostsInUse, infrastructureNamespaces } from './repoScan';
import { ciStep, dnsStep, sopsSecretStep } from './steps';

export const FLUX_APP_CHART = 'flux-app-chart';
export { FLUX_APP_CHART_SUPPORTS, FLUX_APP_CHART_UNSUPPORTED } from './checks';
export { fluxAppChartOptions } from './options';
export type { FluxAppChartOptions } from './options';

/** What one request does to one app. */
interface ChartAppPlan {
  id: string;
  folder: string;
  release: string;
  /** Set when the request creates the app. */
  created?: { app: ChartApp; spec: AppSpec };
  /** Set when the app exists already. */
  existing?: ExistingRelease;
  hosts: string[];
  secretKeys: string[];
  hasSecrets: boolean;
}

function newPlan(
  b: ChangeSetBuilder,
  o: FluxAppChartOptions,
  spec: AppSpec,
  namespaces: Map<string, string>,
): ChartAppPlan {
  const app = chartAppFromSpec(o, spec);
  const folder = repoPath(o.appsDir, app.id);
  if (b.exists(folder)) {
    throw new ConflictError(`App '${app.id}' already exists (${folder}/)`);
  }
  const taken =
    namespaces.get(app.id) ??
    (app.id === o.releaseNamespace || app.id === o.imagePolicyNamespace
      ? 'the profile options'
      : undefined);
  if (taken) {
    throw new ConflictError(
      `App '${app.id}' would take namespace ${app.id}, which ${taken} already defines: the ${o.chart.name} chart creates a namespace named after the app`,
    );
  }
  return {
    id: app.id,
    folder,
    release: repoPath(folder, 'release.yaml'),
    created: { app, spec },
    hosts: [],
    secretKeys: [],
    hasSecrets: false,
  };
}

function existingPlan(
  b: ChangeSetBuilder,
  o: FluxAppChartOptions,
  id: string,
): ChartAppPlan {
  const folder = repoPath(o.appsDir, id);
  const release = repoPath(folder, 'release.yaml');
  const text = b.tree.read(release);
  if (text === undefined) {
    throw new NotFoundError(
      `App '${id}' does not exist (no ${release}): create the app first, or add it to the same request`,
    );
  }
  return {
    id,
    folder,
    release,
    existing: readRelease(o, release, text),
    hosts: [],
    secretKeys: [],
    hasSecrets: false,
  };
}

function writePlan(
  b: ChangeSetBuilder,
  o: FluxAppChartOptions,
  p: ChartAppPlan,
): void {
  if (p.created) {
    const { app, spec } = p.created;
    b.add(p.release, newReleaseYaml(o, app, p.hosts, p.hasSecrets));
    b.add(
      repoPath(p.folder, 'catalog-info.yaml'),
      catalogInfoYaml({
        name: app.id,
        namespace: app.id,
        owner: spec.owner ?? o.owner,
        type: 'service',
        description: spec.description,
      }),
    );
    listAddedResources(b, p.folder);
    b.step(ciStep(o, app));
  } else if (p.hosts.length || p.hasSecrets) {
    b.edit(p.release, text =>
      editRelease(o, p.release, text, {
        hosts: p.hosts,
        hasSecrets: p.hasSecrets,
      }),
    );
  }
  if (p.hasSecrets) {
    const file = repoPath(o.secretsDir, `${p.id}.yaml`);
    b.step(sopsSecretStep(o, p.id, [...new Set(p.secretKeys)], b.exists(file)));
  }
  for (const host of p.hosts) b.step(dnsStep(o, p.id, host));
}

/**
 * The `flux-app-chart` profile: seed 001 (public-transport/infrastructure). Every app
 * is a HelmRelease of the in-house `simple-app` chart in `kubernetes/apps/<id>/`,
 * registered in `kubernetes/apps/kustomization.yaml`; the chart renders the namespace,
 * Deployment, Service, Ingress, PodDisruptionBudget, ImageRepository and ImagePolicy.
 *
 * Supports `app` (container image only, tags `v<N>_<sha7>_<date>`), `http` (a host in
 * the release's `hosts`, plus the owner's CNAME) and `secret` (`hasSecrets: true`, plus
 * the owner's SOPS-encrypted file). Refuses gpu, postgres, redis, volume and tcp specs
 * with the reason (see {@link FLUX_APP_CHART_UNSUPPORTED}).
 *
 * @public
 */
export function createFluxAppChartProfile(options: unknown = {}): Profile {
  const o = fluxAppChartOptions.parse(options);
  return {
    id: FLUX_APP_CHART,
    title: 'Flux + in-house simple-app chart + SOPS (seed 001)',
    engine: 'flux',
    supports: FLUX_APP_CHART_SUPPORTS,
    unsupported: FLUX_APP_CHART_UNSUPPORTED,
    appsDir: o.appsDir,
    defaults: { domain: o.domain },
    render(specs: WorkloadSpec[], b: ChangeSetBuilder) {
      const refused = specs.find(
        s => !FLUX_APP_CHART_SUPPORTS.includes(s.kind),
      );
      if (refused) throw unsupportedKind(FLUX_APP_CHART, refused.kind);

      const plans = new Map<string, ChartAppPlan>();
      const creates = specs.filter((s): s is AppSpec => s.kind === 'app');
      if (creates.length) {
        const namespaces = infrastructureNamespaces(o, b.tree);
        for (const spec of creates)
          plans.set(spec.name, newPlan(b, o, spec, namespaces));
      }
      const plan = (id: string) => {
        let p = plans.get(id);
        if (!p) plans.set(id, (p = existingPlan(b, o, id)));
        return p;
      };

      let inUse: Map<string, string> | undefined;
      for (const spec of specs) {
        if (spec.kind === 'secret') {
          checkSecret(o, spec);
          const p = plan(spec.app);
          p.hasSecrets = true;
          p.secretKeys.push(...spec.keys);
        } else if (spec.kind === 'http') {
          const p = plan(spec.app);
          const host = checkHttp(
            o,
            spec,
            p.created?.app.exposedPort ?? p.existing?.exposedPort,
          );
          inUse ??= hostsInUse(o, b.tree);
          const owner = inUse.get(host);
          if (owner)
            throw new ConflictError(
              `Host ${host} is already listed in ${owner}`,
            );
          inUse.set(host, `this request (app '${p.id}')`);
          p.hosts.push(host);
        }
      }

      for (const p of plans.values()) writePlan(b, o, p);

      const created = [...plans.values()].filter(p => p.created).map(p => p.id);
      if (created.length) {
        const registry = repoPath(o.appsDir, 'kustomization.yaml');
        if (!b.exists(registry)) {
          throw new NotFoundError(
            `${registry} does not exist: is this repository laid out as ${FLUX_APP_CHART} expects?`,
          );
        }
        b.edit(registry, text =>
          addKustomizationResources(registry, text, created),
        );
      }
    },
  };
}
