import { FluxHelmProfileSpec } from '../../../profiles/document/schema';
import { fillTemplate, templateMatcher } from '../../../profiles/document/template';
import type { AppFolder } from '../../layouts';

/** An app folder of a flux-helm layout, its namespace and its first file (paths sorted). */
export interface FluxHelmAppFolder extends AppFolder {
  namespace: string;
  firstFile: string;
}

/**
 * The app folders of a flux-helm layout: folders with the shape of `layout.appFolder`,
 * in one pass over the sorted paths, each folder matched once.
 */
export function fluxHelmAppFolders(paths: readonly string[], spec: FluxHelmProfileSpec): FluxHelmAppFolder[] {
  const template = fillTemplate(spec.layout.appFolder, { app: '{app}', namespace: '{namespace}', domain: spec.domain });
  const match = templateMatcher(template);
  const depth = template.split('/').length;
  const seen = new Map<string, FluxHelmAppFolder | undefined>();
  for (const path of paths) {
    const parts = path.split('/');
    if (parts.length <= depth) continue;
    const folder = parts.slice(0, depth).join('/');
    if (seen.has(folder)) continue;
    const vars = match(folder);
    seen.set(
      folder,
      vars?.app ? { app: vars.app, folder, namespace: vars.namespace ?? spec.defaultNamespace, firstFile: path } : undefined,
    );
  }
  return [...seen.values()].filter((f): f is FluxHelmAppFolder => f !== undefined);
}
