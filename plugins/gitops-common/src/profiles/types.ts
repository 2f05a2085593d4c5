import { ChangeSetBuilder } from '../render/ChangeSetBuilder';
import { WorkloadKind, WorkloadSpec } from '../specs/spec';

/**
 * One repository convention: where files go, which kinds and apiVersions, how storage,
 * secrets, ingress and registration are done. Built from its options by a factory.
 *
 * @public
 */
export interface Profile {
  id: string;
  title: string;
  engine: 'flux' | 'argocd';
  /** The spec kinds this convention has an answer for. */
  supports: readonly WorkloadKind[];
  /** Why the convention has no answer for a kind, for the refusal message. */
  unsupported?: Readonly<Partial<Record<WorkloadKind, string>>>;
  /** The folder holding one folder per app, such as `apps`. */
  appsDir: string;
  /** Defaults a spec leaves open (for the wizard's forms). */
  defaults: { domain: string; namespace?: string };
  /**
   * Where the app's manual steps are recorded, relative to the repository root.
   * Defaults to `.homeport/steps/<app>.yaml` (see {@link stepsFilePath}).
   */
  stepsFile?: (app: string) => string;
  /** Writes the files and edits for validated, ordered specs into `builder`. */
  render(specs: WorkloadSpec[], builder: ChangeSetBuilder): void;
}
