import { AppSpec, HelmSource, WorkloadSpec } from '../specs';

/**
 * The Helm apps of a request whose chart must be read before rendering: those from a
 * Helm repository or an OCI registry (a git source is not read) with an image whose values
 * path is not given, an exposure without its Service name or port, or a secret without
 * its ServiceAccount. An app whose specs state all of these needs no chart.
 *
 * @public
 */
export function chartsToRead(specs: readonly WorkloadSpec[]): { app: string; source: HelmSource }[] {
  const needs = (app: AppSpec & { source: HelmSource }) =>
    app.source.images.some(image => !image.path) ||
    specs.some(
      s =>
        (s.kind === 'http' && s.app === app.name && !(s.service && s.port)) ||
        (s.kind === 'secret' && s.app === app.name && !s.serviceAccount),
    );
  return specs.flatMap(spec =>
    spec.kind === 'app' && spec.source.type === 'helm' && spec.source.repository.type !== 'git' && needs({ ...spec, source: spec.source })
      ? [{ app: spec.name, source: spec.source }]
      : [],
  );
}
