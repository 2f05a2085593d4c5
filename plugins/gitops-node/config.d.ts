import { HumanDuration } from '@backstage/types';

export interface Config {
  homeport?: {
    /**
     * (Optional) How long Homeport's outgoing calls may take before they are stopped and
     * logged; a stopped call fails its refresh or task, and the catalog keeps its last
     * good entities.
     */
    timeouts?: {
      /**
       * (Optional) Each git command of the catalog provider and the scaffolder actions
       * (ls-remote, fetch, clone, push, and the local ones), as a duration such as
       * `{ seconds: 30 }` or `PT30S`. The command and the processes it started are
       * killed. Defaults to 60 seconds.
       */
      git?: HumanDuration | string;
      /**
       * (Optional) Each HTTP request the scaffolder actions make: to a forge's API (the
       * Gitea and Forgejo pull request action) and, in `gitops:render`, to a Helm
       * repository or OCI registry for a Helm app's chart; as a duration. Defaults to 30
       * seconds.
       */
      http?: HumanDuration | string;
      /**
       * (Optional) Each automatic check of a manual step on the entity page
       * (`GET /api/gitops/steps`): one Kubernetes API request for a Secret or an
       * ExternalSecret, or one DNS lookup; as a duration. A check that takes longer is
       * "unknown". Defaults to 5 seconds.
       */
      stepCheck?: HumanDuration | string;
    };
    /** (Optional) How the backend checks recorded manual steps (`GET /api/gitops/steps`). */
    steps?: {
      /**
       * (Optional) DNS servers (`address` or `address:port`) asked whether a step's host
       * resolves, when the backend's own resolver does not see the zone (a portal inside
       * the cluster checking public names, or a split-horizon DNS). Defaults to the
       * system resolver (`/etc/hosts`, then the configured name servers).
       */
      dnsServers?: string[];
    };
    /**
     * (Optional) The GitOps repositories Homeport reads from (catalog, lint, views) and
     * writes into (Create wizard). Defaults to none.
     */
    repositories?: Array<{
      /** Short id of the repository, a DNS-1123 label. */
      id: string;
      /**
       * A git URL (https://, ssh://, file://) or a local path to a bare or working
       * repository; a relative path resolves against the backend's working directory.
       */
      url: string;
      /** (Optional) The branch to read and to open changes against. Defaults to `main`. */
      branch?: string;
      /**
       * (Optional) The repository convention: a built-in (`flux-lvm-openbao`,
       * `argocd-ceph-eso`, `flux-app-chart`, `flux-app-template`), a profile document
       * under `homeport.profiles.<id>`, or `auto`: the repository's own
       * `.homeport/profile.yaml`, else the profile inferred from its apps (a repository
       * nothing fits is refused). Defaults to `auto`.
       */
      profile?: string;
      /**
       * (Optional) Owner of services that name none themselves (no catalog-info.yaml,
       * annotation, label or CODEOWNERS entry). Defaults to `group:default/platform`.
       */
      defaultOwner?: string;
      /**
       * (Optional) Put before the generated name of every Component and Resource read
       * from this repository (such as `lab-` for `lab-plex`), so that apps of the same
       * name in two repositories give two entities. Names from a `catalog-info.yaml` are
       * kept. Lowercase letters, digits and `-`, at most 30 characters. Defaults to none.
       */
      entityNamePrefix?: string;
      /**
       * (Optional) When `url` is a local path that holds no repository yet, create it
       * as a bare repository from this folder on first start. Defaults to none.
       */
      seedFrom?: string;
      /**
       * (Optional) How the Create wizard proposes changes. Defaults to `{ type: branch }`:
       * push a branch `homeport/<app>` to `url` itself.
       */
      publish?: {
        /** `branch`, `github`, `gitlab`, `bitbucket` or `gitea` (also for Forgejo). */
        type: 'branch' | 'github' | 'gitlab' | 'bitbucket' | 'gitea';
        /**
         * (Optional) The forge repository in Backstage's form, such as
         * `github.com?owner=lab&repo=cluster`. Required for the forge types.
         */
        repoUrl?: string;
      };
    }>;
    /**
     * (Optional) Options of each profile, by profile id, over the profile's defaults
     * (which are its seed repository's conventions). For `flux-lvm-openbao`: `appsDir`,
     * `domain`, `nodeName`, `fsType`, `storage.fast|bulk.{storageClass,volumeGroup,suffix}`,
     * `lvmNamespace`, `ingressClass`, `clusterIssuer`,
     * `vault.{kvMount,authMount,rolesDir,policiesDir}`, `talos.{patchesDir,makefile,target}`,
     * `postgresImage`, `updateBot` (`renovate` or `none`), `portForwardFile`, `oidcIssuer`.
     * See plugins/gitops-common/README.md for every profile's options. An entry may
     * instead be a whole profile document (`apiVersion: homeport.dev/v1alpha1`,
     * `kind: Profile`, see `homeport profile infer`), which `profile: <id>` then names.
     * Defaults to none.
     */
    profiles?: { [profileId: string]: { [option: string]: unknown } };
    /** (Optional) Guideline lint settings, for the wizard, the catalog and the views. */
    lint?: {
      /**
       * (Optional) Rule levels by rule id (such as `flux-lvm-openbao/renovate-comment`) or
       * by convention id (such as `L07`): `off`, `error`, `warning` or `info`. Defaults
       * to each rule's own level.
       */
      rules?: { [ruleId: string]: 'off' | 'error' | 'warning' | 'info' };
    };
  };
}
