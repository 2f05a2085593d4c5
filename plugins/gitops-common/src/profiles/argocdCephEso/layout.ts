import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { repoPath } from '../../tree/paths';
import { getIn, readObjects, yamlFilesUnder } from './files';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan, newPlan } from './plan';

/** An Argo CD `Application` found in the apps folder. */
export interface FoundApplication {
  file: string;
  name: string;
  /** `spec.source.path`, or the first `spec.sources[].path`. */
  path?: string;
  namespace?: string;
}

/** Every Application in the Argo CD apps folder. */
export function findApplications(b: ChangeSetBuilder, o: ArgocdCephEsoOptions): FoundApplication[] {
  return yamlFilesUnder(b, o.argocd.appsDir).flatMap(file =>
    readObjects(b, file)
      .filter(obj => obj.kind === 'Application' && typeof getIn(obj, ['metadata', 'name']) === 'string')
      .map(obj => {
        const sources = getIn(obj, ['spec', 'sources']);
        const path =
          (getIn(obj, ['spec', 'source', 'path']) as string | undefined) ??
          (Array.isArray(sources)
            ? (sources.find(s => typeof getIn(s, ['path']) === 'string')?.path as string | undefined)
            : undefined);
        return {
          file,
          name: getIn(obj, ['metadata', 'name']) as string,
          path,
          namespace: getIn(obj, ['spec', 'destination', 'namespace']) as string | undefined,
        };
      }),
  );
}

/** The names of the Namespaces defined in the central namespaces folder. */
export function centralNamespaces(b: ChangeSetBuilder, o: ArgocdCephEsoOptions): Set<string> {
  return new Set(
    yamlFilesUnder(b, o.namespacesDir).flatMap(file =>
      readObjects(b, file)
        .filter(obj => obj.kind === 'Namespace')
        .map(obj => getIn(obj, ['metadata', 'name']) as string),
    ),
  );
}

/**
 * Checks that `domain` is an app domain whose Namespace is defined centrally (seed 003:
 * "All namespaces are defined centrally"; apps never bring their own).
 */
export function checkDomain(b: ChangeSetBuilder, o: ArgocdCephEsoOptions, domain: string): void {
  const known = [...o.domains].sort().join(', ');
  if (!centralNamespaces(b, o).has(domain)) {
    throw new NotFoundError(
      `Domain '${domain}' has no Namespace in ${o.namespacesDir}/: define it there first (app domains: ${known})`,
    );
  }
  if (!o.domains.includes(domain)) {
    throw new InputError(`Namespace '${domain}' is not an app domain (app domains: ${known})`);
  }
}

/** The folders `<appsRoot>/<domain>/<app>/` that exist for `app`, in any domain. */
function appFolders(b: ChangeSetBuilder, o: ArgocdCephEsoOptions, app: string): string[] {
  const prefix = `${o.appsRoot}/`;
  const folders = new Set<string>();
  for (const path of b.tree.paths()) {
    if (!path.startsWith(prefix)) continue;
    const [domain, name, ...rest] = path.slice(prefix.length).split('/');
    if (name === app && rest.length > 0) folders.add(`${prefix}${domain}/${app}`);
  }
  return [...folders].sort();
}

/**
 * Refuses a new app whose name is taken: by a folder in any domain (Argo CD Application
 * names are global, so one name per app across domains) or by an Application.
 */
export function checkNewApp(b: ChangeSetBuilder, o: ArgocdCephEsoOptions, app: string): void {
  const [folder] = appFolders(b, o, app);
  if (folder) {
    throw new ConflictError(`App '${app}' already exists (${folder}/)`);
  }
  const application = findApplications(b, o).find(a => a.name === app);
  if (application) {
    throw new ConflictError(`Argo CD Application '${app}' already exists (${application.file})`);
  }
}

/**
 * The plan of an app that exists: its folder `<appsRoot>/<domain>/<app>/` with a
 * kustomization, else the folder its Application's source path names (such as
 * `cluster/apps/web/portfolio/prod`). Its namespace is the kustomization's `namespace:`.
 */
export function existingPlan(b: ChangeSetBuilder, o: ArgocdCephEsoOptions, app: string): ArgoAppPlan {
  let folder = appFolders(b, o, app).find(f => b.tree.exists(repoPath(f, 'kustomization.yaml')));
  let namespace: string | undefined;
  if (!folder) {
    const application = findApplications(b, o).find(
      a => a.name === app && a.path?.startsWith(`${o.appsRoot}/`) && b.tree.exists(repoPath(a.path, 'kustomization.yaml')),
    );
    folder = application?.path;
    namespace = application?.namespace;
  }
  if (!folder) {
    throw new NotFoundError(
      `App '${app}' does not exist (no ${o.appsRoot}/<domain>/${app}/ and no Argo CD Application '${app}'): create the app first, or add it to the same request`,
    );
  }
  const [kustomization] = readObjects(b, repoPath(folder, 'kustomization.yaml'));
  namespace = (kustomization?.namespace as string | undefined) ?? namespace ?? folder.split('/').slice(-2)[0];
  return newPlan({ name: app, namespace, folder, workload: undefined });
}
