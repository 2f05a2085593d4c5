import { YamlObject } from '../../yaml/documents';

/** The app-template names of one release: its controller, main container and main service. */
export interface ReleaseNames {
  controller: string;
  container: string;
  service: string;
}

/** Paths inside app-template values. */
export const containerPath = (n: ReleaseNames, ...rest: string[]) => ['controllers', n.controller, 'containers', n.container, ...rest];
export const controllerPath = (n: ReleaseNames, ...rest: string[]) => ['controllers', n.controller, ...rest];

/** The `spec.values` of a HelmRelease object, or `{}`. */
export function releaseValues(release: unknown): YamlObject {
  const values = (release as { spec?: { values?: unknown } } | undefined)?.spec?.values;
  return values && typeof values === 'object' && !Array.isArray(values) ? (values as YamlObject) : {};
}

/** Whether HelmRelease values are bjw-s app-template's: they hold a `controllers:` map. */
export function isAppTemplateValues(values: YamlObject): boolean {
  return !!values.controllers && typeof values.controllers === 'object' && !Array.isArray(values.controllers);
}
