import { ArgocdCephEsoOptions } from '../profiles/argocdCephEso/options';
import { FluxAppChartOptions } from '../profiles/fluxAppChart/options';
import { FluxLvmOpenbaoOptions } from '../profiles/fluxLvmOpenbao/options';
import type { RepoIndex } from './repoIndex';
import { childFolders } from './rules/helpers';
import { sortedWithPrefix } from '../tree/paths';
import { FluxHelmProfileSpec } from '../profiles/document/schema';
import { fluxHelmAppFolders } from './rules/fluxHelm/appFolders';

/** The folder of one app. */
export interface AppFolder {
  app: string;
  folder: string;
}

/**
 * Whether a folder under the apps folder is no app of its own: an overlay whose
 * kustomization lists only folders outside it (`apps/production` building `../base/podinfo`
 * with patches), or a folder of bases without a kustomization or manifests of its own
 * (`apps/base/<app>/`).
 */
function notAnApp(index: RepoIndex, folder: string): boolean {
  const k = index.kustomize.at(folder);
  if (k) {
    const resources = k.entries.filter(e => e.use === 'resource');
    return resources.length > 0 && resources.every(e => e.target !== undefined && e.target !== folder && !e.target.startsWith(`${folder}/`));
  }
  const own = sortedWithPrefix(index.paths, `${folder}/`).some(p => !p.slice(folder.length + 1).includes('/') && /\.ya?ml$/.test(p));
  return !own && childFolders(index, folder).some(sub => index.kustomize.at(`${folder}/${sub}`) !== undefined);
}

/** One folder per app directly under `appsDir` (seed 000 and seed 001); overlays and folders of bases are not apps. */
export function flatAppFolders(index: RepoIndex, appsDir: string): AppFolder[] {
  return childFolders(index, appsDir)
    .map(app => ({ app, folder: `${appsDir}/${app}` }))
    .filter(({ folder }) => !notAnApp(index, folder));
}

/** `<appsRoot>/<domain>/<app>/` (seed 003), without the `shared` folders. */
export function domainAppFolders(index: RepoIndex, appsRoot: string): AppFolder[] {
  return childFolders(index, appsRoot)
    .filter(domain => domain !== 'shared')
    .flatMap(domain =>
      childFolders(index, `${appsRoot}/${domain}`)
        .filter(app => app !== 'shared')
        .map(app => ({ app, folder: `${appsRoot}/${domain}/${app}` })),
    );
}

/** The app folders of a profile's layout. */
export function appFoldersOf(profile: string, index: RepoIndex, options: unknown): AppFolder[] {
  switch (profile) {
    case 'flux-lvm-openbao':
      return flatAppFolders(index, (options as FluxLvmOpenbaoOptions).appsDir);
    case 'flux-app-chart':
      return flatAppFolders(index, (options as FluxAppChartOptions).appsDir);
    case 'argocd-ceph-eso':
      return domainAppFolders(index, (options as ArgocdCephEsoOptions).appsRoot);
    case 'flux-app-template':
    case 'flux-helm':
      return fluxHelmAppFolders(index.paths, options as FluxHelmProfileSpec).map(({ app, folder }) => ({ app, folder }));
    default:
      return [];
  }
}
