import { FileTree } from '../../tree/FileTree';
import { FluxHelmProfileSpec } from '../document/schema';
import { templateMatcher } from '../document/template';
import { appPaths, AppPaths } from './context';

/** The release file template of an app, with `{namespace}` still open. */
function releaseTemplate(spec: FluxHelmProfileSpec, app: string): string {
  const paths = appPaths(spec, app, '{namespace}');
  return paths.file('helmRelease');
}

/**
 * Finds an existing app of the repository by its name: the namespaces whose folder holds
 * its HelmRelease file where the profile's layout puts it.
 */
export function locateApp(spec: FluxHelmProfileSpec, tree: FileTree, app: string): AppPaths[] {
  const match = templateMatcher(releaseTemplate(spec, app));
  const found: AppPaths[] = [];
  for (const path of tree.paths()) {
    const vars = match(path);
    if (vars?.namespace !== undefined && !vars.namespace.includes('/')) {
      found.push(appPaths(spec, app, vars.namespace));
    }
  }
  return found;
}
