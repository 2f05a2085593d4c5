import { repoPath } from '../../tree/paths';
import { fillTemplate, TemplateVars } from '../document/template';
import { FluxHelmProfileSpec } from '../document/schema';

/** The paths and names of one app under a flux-helm profile. */
export interface AppPaths {
  vars: TemplateVars;
  /** The app folder (holds `ks.yaml` and `catalog-info.yaml`). */
  folder: string;
  /** The folder holding the manifests (`<folder>/app`, or the folder itself). */
  manifests: string;
  file(name: keyof FluxHelmProfileSpec['layout']['files']): string;
  /** Any other file in the manifests folder. */
  manifest(name: string): string;
}

export function appPaths(spec: FluxHelmProfileSpec, app: string, namespace: string): AppPaths {
  const vars: TemplateVars = { app, namespace, domain: spec.domain };
  const folder = repoPath(fillTemplate(spec.layout.appFolder, vars));
  const manifests = spec.layout.manifestsDir ? repoPath(folder, spec.layout.manifestsDir) : folder;
  return {
    vars,
    folder,
    manifests,
    file: name =>
      name === 'catalogInfo'
        ? repoPath(folder, spec.layout.files.catalogInfo)
        : repoPath(manifests, fillTemplate(spec.layout.files[name], vars)),
    manifest: name => repoPath(manifests, name),
  };
}
