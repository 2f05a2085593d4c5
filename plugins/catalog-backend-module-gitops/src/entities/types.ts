import type {
  FileTree,
  Finding,
  ServiceModel,
  Understanding,
} from '@homeport/plugin-gitops-common';

/** The repository the services come from, as configured under `homeport.repositories`. */
export interface GitopsRepositoryRef {
  /** The repository id: provider name, System name, `homeport.dev/repository`. */
  id: string;
  /** The git URL or local path, as configured. */
  url: string;
  branch: string;
  /** The profile the repository follows, when one is known. */
  profile?: string;
  /** Owner of services that name none themselves. */
  defaultOwner: string;
  /** `publish.type`: tells the forge of a self-hosted URL (`gitea`, `gitlab`, ...). */
  publishType?: string;
  /** Put before every generated Component and Resource name (`lab-` → `lab-plex`). */
  entityNamePrefix?: string;
}

/** Input of {@link servicesToEntities}. */
export interface ServicesToEntitiesOptions {
  /** What the reader found (`readRepository(tree).services`). */
  services: ServiceModel[];
  /** The tree the services were read from: CODEOWNERS and Kubernetes Services are looked up in it. */
  tree: FileTree;
  repository: GitopsRepositoryRef;
  /**
   * The folder holding the tree's files on this host, for repositories without web
   * pages (a local path): `file:` locations point into it. Defaults to `repository.url`.
   */
  localRoot?: string;
  /** The commit the tree was read at. */
  commit?: string;
  /** Lint findings of the repository; each service gets those in its files. */
  findings?: Finding[];
  /**
   * What the read understood (`readRepository(tree).understanding`): when it is not
   * everything, the repository's System carries it as the `homeport.dev/understanding`
   * annotation, for the entity page to show.
   */
  understanding?: Understanding;
}
