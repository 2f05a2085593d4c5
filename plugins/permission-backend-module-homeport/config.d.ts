export interface Config {
  homeport?: {
    /**
     * (Optional) Entity refs of the groups (or users) that may do privileged things in
     * Homeport: create privileged or GPU workloads, reconcile or suspend Flux objects,
     * use the Kubernetes proxy, delete catalog entities and locations.
     * Example: `['group:default/platform-admins']`. Defaults to no one.
     */
    admins?: string[];
  };
}
