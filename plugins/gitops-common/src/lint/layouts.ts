import { ArgocdCephEsoOptions } from '../profiles/argocdCephEso/options';
import { FluxAppChartOptions } from '../profiles/fluxAppChart/options';
import { FluxLvmOpenbaoOptions } from '../profiles/fluxLvmOpenbao/options';
import type { RepoIndex } from './repoIndex';
import { childFolders } from './rules/helpers';
import { FluxHelmProfileSpec } from '../profiles/document/schema';
import { fluxHelmAppFolders } from './rules/fluxHelm/appFolders';

/** The folder of one app. */
export interface AppFolder {
  app: string;
  folder: string;
}

/** One folder per app directly under `appsDir` (seed 000 and seed 001). */
export function flatAppFolders(index: RepoIndex, appsDir: string): AppFolder[] {
  return childFolders(index, appsDir).map(app => ({ app, folder: `${appsDir}/${app}` }));
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
