import { YamlObject } from '../../yaml/documents';
import { FluxHelmProfileSpec } from '../document/schema';
import { fillTemplate, TemplateVars } from '../document/template';
import { ReleaseNames } from './names';
import { ChartPlan } from './sources';
import { metadata } from './write';

/** The names a new app-template release uses, from the profile. */
export function newReleaseNames(spec: FluxHelmProfileSpec, vars: TemplateVars): ReleaseNames {
  return {
    controller: fillTemplate(spec.chart.controller, vars),
    container: spec.chart.container,
    service: spec.chart.service,
  };
}

/** The names an existing app-template release's values use: the first controller, container and service. */
export function existingReleaseNames(values: YamlObject, fallback: ReleaseNames): ReleaseNames {
  const first = (o: unknown) => (o && typeof o === 'object' ? Object.keys(o as object)[0] : undefined);
  const controllers = values.controllers as Record<string, { containers?: YamlObject }> | undefined;
  const controller = first(controllers) ?? fallback.controller;
  return {
    controller,
    container: first(controllers?.[controller]?.containers) ?? fallback.container,
    service: first(values.service) ?? fallback.service,
  };
}

export function helmRelease(
  spec: FluxHelmProfileSpec,
  vars: TemplateVars,
  chart: ChartPlan,
  values: YamlObject,
  owner?: string,
): YamlObject {
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: metadata(spec, vars.app, vars.namespace, owner ? { annotations: { 'backstage.io/owner': owner } } : {}),
    spec: { ...chart.field, interval: spec.interval, values },
  };
}
