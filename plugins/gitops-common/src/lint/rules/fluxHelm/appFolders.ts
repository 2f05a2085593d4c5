import { FluxHelmProfileSpec } from '../../../profiles/document/schema';
import { fillTemplate, matchTemplate } from '../../../profiles/document/template';
import type { AppFolder } from '../../layouts';

/** The app folders of a flux-helm layout: folders with the shape of `layout.appFolder`. */
export function fluxHelmAppFolders(paths: readonly string[], spec: FluxHelmProfileSpec): (AppFolder & { namespace: string })[] {
  const template = fillTemplate(spec.layout.appFolder, { app: '{app}', namespace: '{namespace}', domain: spec.domain });
  const depth = template.split('/').length;
  const seen = new Map<string, AppFolder & { namespace: string }>();
  for (const path of paths) {
    const parts = path.split('/');
    if (parts.length <= depth) continue;
    const folder = parts.slice(0, depth).join('/');
    if (seen.has(folder)) continue;
    const vars = matchTemplate(template, folder);
    if (vars?.app) seen.set(folder, { app: vars.app, folder, namespace: vars.namespace ?? spec.defaultNamespace });
  }
  return [...seen.values()];
}
