import { InputError } from '@backstage/errors';
import { ManualStep } from '../changeset/types';
import { AppSpec, HelmSource, HttpSpec, SecretSpec, WorkloadSpec } from '../specs';
import { chartHttpService, chartServiceAccount } from './chartNames';
import { ChartFacts, ChartUndecided } from './types';

type HelmApp = AppSpec & { source: HelmSource };

function isHelmApp(spec: WorkloadSpec): spec is HelmApp {
  return spec.kind === 'app' && spec.source.type === 'helm';
}

function reasons(facts: ChartFacts, ...about: ChartUndecided['about'][]): string {
  const found = facts.undecided.filter(u => about.includes(u.about)).map(u => u.reason);
  return found.length ? ` (${found.join('; ')})` : '';
}

function chartLabel(facts: ChartFacts): string {
  return `chart ${facts.chart} ${facts.version}`;
}

function withImagePaths(app: HelmApp, facts: ChartFacts): HelmSource['images'] {
  return app.source.images.map(image => {
    if (image.path) return image;
    if (!facts.image) {
      throw new InputError(
        `App '${app.name}': the values.yaml of ${chartLabel(facts)} has no image.repository/image.tag keys for image ${image.repository}${reasons(facts, 'image')}: give the values path of the tag, such as image.tag`,
      );
    }
    return {
      ...image,
      path: facts.image.tagPath.join('.'),
      repositoryPath: image.repositoryPath ?? facts.image.repositoryPath.join('.'),
      ...(facts.image.registryPath && !image.registryPath ? { registryPath: facts.image.registryPath.join('.') } : {}),
    };
  });
}

function withChartService(spec: HttpSpec, app: HelmApp, facts: ChartFacts): HttpSpec {
  if (spec.service && spec.port) return spec;
  const service = chartHttpService(facts, app.name, app.source.values);
  if (!spec.service) {
    if (!service) {
      throw new InputError(
        `App '${app.name}': Homeport could not tell which Service of ${chartLabel(facts)} serves HTTP${reasons(facts, 'httpService', 'fullname')}: give the exposure's Service name and port`,
      );
    }
    return { ...spec, service: service.name, port: spec.port ?? service.port };
  }
  return service && service.name === spec.service ? { ...spec, port: service.port } : spec;
}

/**
 * The specs with what the charts of their Helm apps say filled into the fields left open:
 * an exposure's Service and port (the chart's HTTP Service for the release), a secret's
 * ServiceAccount (the one the chart creates, so that none is created beside it), an
 * image's values paths (the `image.repository`/`image.tag` keys of the chart's
 * values.yaml). Fields the spec sets win. Apps without facts keep their specs as given.
 *
 * @returns the specs, and a developer's step for each app whose chart left a needed fact
 * undecided that a profile can do without (its ServiceAccount).
 * @public
 */
export function applyChartFacts(
  specs: WorkloadSpec[],
  charts: Readonly<Record<string, ChartFacts>> = {},
): { specs: WorkloadSpec[]; steps: ManualStep[] } {
  const apps = new Map<string, { app: HelmApp; facts: ChartFacts }>();
  for (const spec of specs) {
    const facts = charts[spec.kind === 'app' ? spec.name : ''];
    if (isHelmApp(spec) && facts) apps.set(spec.name, { app: spec, facts });
  }
  const steps: ManualStep[] = [];
  const resolved = specs.map((spec): WorkloadSpec => {
    if (isHelmApp(spec) && apps.has(spec.name)) {
      return { ...spec, source: { ...spec.source, images: withImagePaths(spec, apps.get(spec.name)!.facts) } };
    }
    const target = spec.kind === 'http' || spec.kind === 'secret' ? apps.get(spec.app) : undefined;
    if (!target) return spec;
    if (spec.kind === 'http') return withChartService(spec, target.app, target.facts);
    return withChartServiceAccount(spec as SecretSpec, target.app, target.facts, steps);
  });
  return { specs: resolved, steps };
}

function withChartServiceAccount(
  spec: SecretSpec,
  app: HelmApp,
  facts: ChartFacts,
  steps: ManualStep[],
): SecretSpec {
  if (spec.serviceAccount) return spec;
  const account = chartServiceAccount(facts, app.name, app.source.values);
  if (account === undefined) {
    steps.push({
      id: `chart:service-account:${app.name}`,
      app: app.name,
      owner: 'developer',
      title: `Check the ServiceAccount of secret ${spec.name} against ${chartLabel(facts)}`,
      detail: `Homeport could not tell whether the chart creates a ServiceAccount${reasons(facts, 'serviceAccount', 'fullname')}. Where this repository's secrets authenticate as a ServiceAccount of the app's own (named ${app.name}) and the chart creates one of that name, Helm refuses to install: name the chart's ServiceAccount in the secret (serviceAccount) instead.`,
      check: { kind: 'manual', how: `helm template of the chart with the release's values shows whether it creates a ServiceAccount named ${app.name}.` },
    });
    return spec;
  }
  return account.created ? { ...spec, serviceAccount: account.name } : spec;
}
