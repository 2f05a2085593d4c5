import { NotFoundError } from '@backstage/errors';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { compareStrings, dirOf, relativePath, repoPath } from '../../tree/paths';
import { YamlObject } from '../../yaml/documents';
import { insertKustomizationResources } from '../../yaml/kustomization';
import { FluxHelmProfileSpec } from '../document/schema';
import { fillTemplate } from '../document/template';
import { AppPaths } from './context';
import { metadata, objectsYaml } from './write';

function sortedKeys(object: YamlObject): YamlObject {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => compareStrings(a, b)));
}

/** The kustomization that lists the app, if the registration has one. */
export function registrationList(spec: FluxHelmProfileSpec, paths: AppPaths): string | undefined {
  return spec.registration.list ? repoPath(fillTemplate(spec.registration.list, paths.vars)) : undefined;
}

/**
 * Checks that the namespace the app joins is one the repository has: its apps list
 * (or, where the engine applies the whole tree, its folder) exists.
 */
export function checkNamespace(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, paths: AppPaths): void {
  const list = registrationList(spec, paths);
  const needed = list ?? dirOf(paths.folder);
  if (!b.exists(needed)) {
    throw new NotFoundError(
      `Namespace '${paths.vars.namespace}' has no apps in this repository (${needed} does not exist); this convention adds apps only to namespaces that exist: pick one of the repository's namespaces`,
    );
  }
}

/** The app's Flux Kustomization (`ks.yaml`), as its siblings write theirs. */
export function fluxKustomization(spec: FluxHelmProfileSpec, paths: AppPaths, appTemplate: boolean): YamlObject {
  const fk = spec.registration.fluxKustomization!;
  const { app, namespace } = paths.vars;
  const substitute = fk.substituteApp ? { postBuild: { substitute: { [fk.substituteApp]: app } } } : {};
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: metadata(spec, app, namespace),
    spec: sortedKeys({
      ...fk.spec,
      // The siblings' components patch app-template's objects (`${APP}` names): not a chart's own.
      ...(fk.components.length && appTemplate ? { components: fk.components } : {}),
      path: `./${paths.manifests}`,
      ...substitute,
      ...(fk.targetNamespace ? { targetNamespace: namespace } : {}),
    }),
  };
}

/** Writes the app's registration: its `ks.yaml`, and its entry in the list. */
export function register(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, paths: AppPaths, appTemplate: boolean): void {
  const r = spec.registration;
  if (r.type === 'none') return;
  if (r.type === 'flux-kustomization') {
    b.add(repoPath(paths.folder, r.fluxKustomization!.file), objectsYaml(spec, [fluxKustomization(spec, paths, appTemplate)]));
  }
  const list = registrationList(spec, paths)!;
  const entry = fillTemplate(r.entry!, paths.vars);
  if (!b.exists(list)) {
    throw new NotFoundError(`${list} does not exist: the app cannot be registered where its siblings are`);
  }
  b.edit(list, text => insertKustomizationResources(list, text, [entry]));
}

/** Lists the files of the manifests folder in its `kustomization.yaml`, `./`-prefixed and sorted. */
export function listManifests(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, paths: AppPaths, created: boolean): void {
  if (!spec.layout.kustomization) return;
  const file = repoPath(paths.manifests, 'kustomization.yaml');
  const added = b
    .addedIn(paths.manifests)
    .filter(p => p !== file && /\.ya?ml$/.test(p))
    .map(p => `${spec.layout.resourcePrefix}${relativePath(paths.manifests, p)}`)
    .sort();
  if (!added.length) return;
  if (created && !b.exists(file)) {
    b.add(file, objectsYaml(spec, [{ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: added }]));
  } else if (b.exists(file)) {
    b.edit(file, text => insertKustomizationResources(file, text, added));
  }
}
