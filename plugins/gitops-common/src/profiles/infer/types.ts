import type { ProfileDocument } from '../document/schema';

/** Where one field of an inferred profile came from. @public */
export interface InferredField {
  /** Dotted path in the document's `spec`, such as `layout.appFolder`. */
  field: string;
  /** The apps (or files) that show it. */
  evidence: string[];
  /** How many apps were asked. */
  of: number;
  /** Other values seen, with their apps. */
  others?: { value: unknown; evidence: string[] }[];
}

/** What inference could not decide, and why. @public */
export interface Undecided {
  field: string;
  reason: string;
}

/** The result of `homeport profile infer`. @public */
export interface ProfileInference {
  /** The draft profile, when the repository was understood. */
  document?: ProfileDocument;
  fields: InferredField[];
  undecided: Undecided[];
  /** The entry points looked for: found (with their files) and missing. */
  entryPoints: { found: string[]; missing: string[] };
  /** Why no profile could be drafted. */
  reason?: string;
}
