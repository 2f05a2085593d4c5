/**
 * One file a change set adds, modifies or deletes: its full new text (empty for a
 * delete), and for `modify` and `delete` its text before the change.
 *
 * @public
 */
export interface FileChange {
  path: string;
  action: 'add' | 'modify' | 'delete';
  content: string;
  /** The text before the change (`modify` and `delete`). */
  previous?: string;
}

/**
 * Something the repository's conventions leave to a person: a DNS name, an OIDC
 * application, a secret value, a Talos apply, a router port forward.
 *
 * @public
 */
export interface ManualStep {
  /** Stable id such as `dns:mealie.example.com`, unique within a change set. */
  id: string;
  app: string;
  /** Who owes it: the platform operator or the app's developer. */
  owner: 'operator' | 'developer';
  title: string;
  detail: string;
  /** How to tell the step is done: what Homeport checks by itself, or what a person checks. */
  check: StepCheck;
}

/**
 * How to tell a manual step is done. `secret`, `external-secret` and `dns` are checked
 * by Homeport against the cluster and the resolver; `manual` says how a person checks.
 *
 * @public
 */
export type StepCheck =
  | {
      kind: 'secret';
      namespace: string;
      name: string;
      /** Keys the Secret must hold. */
      keys: string[];
    }
  | { kind: 'external-secret'; namespace: string; name: string }
  | { kind: 'dns'; host: string }
  | {
      kind: 'manual';
      /** One sentence: how a person verifies the step. */
      how: string;
    };

/**
 * What rendering specs under a profile produces: files to add, edits of existing files,
 * and the manual steps still owed. Deterministic: same specs, profile and tree, same
 * change set.
 *
 * @public
 */
export interface ChangeSet {
  profile: string;
  /** Sorted by path, one entry per path. */
  files: FileChange[];
  manualSteps: ManualStep[];
}
