/**
 * One setting of a change that needs host access or a GPU: what a guardrail explains
 * when it refuses the change.
 *
 * @public
 */
export interface PrivilegeFinding {
  /** The repository file holding it. */
  file: string;
  /** The object, such as `HelmRelease web` or `Pod debug`. */
  object: string;
  /** The namespace the object (or the workload a Helm release renders) runs in, when known. */
  namespace?: string;
  /** What it does, such as `spec.values.hostNetwork is true`. */
  what: string;
  /**
   * The PodSecurity level the namespace needs for it: `privileged` for everything the
   * baseline level forbids (privileged containers, host namespaces, hostPath volumes,
   * host ports, added capabilities, unconfined profiles, charts that need them);
   * `baseline` for a GPU requested through a device plugin (allowed by baseline, but
   * gated all the same).
   */
  level: 'privileged' | 'baseline';
}
