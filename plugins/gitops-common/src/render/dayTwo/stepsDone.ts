import { NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import { ChangeSet } from '../../changeset/types';
import { Profile } from '../../profiles/types';
import { appName } from '../../specs/names';
import { markStepsDone, parseStepsFile, stepsFilePath } from '../../steps/stepsFile';
import { RecordedStep, StepDone } from '../../steps/types';
import { FileTree } from '../../tree/FileTree';
import { ChangeSetBuilder } from '../ChangeSetBuilder';
import { parseRequest } from './parseRequest';

/**
 * What marking steps done takes: the app, the ids of its recorded steps, and who marks
 * them done, when, and why.
 *
 * @public
 */
export const stepsDoneRequestSchema = z.object({
  app: appName,
  steps: z.array(z.string().min(1)).min(1, 'name at least one step to mark done'),
  by: z.string().min(1),
  at: z.string().datetime({ message: 'at must be an ISO 8601 date and time' }),
  note: z.string().optional(),
}).strict();

/** @public */
export type StepsDoneRequest = z.infer<typeof stepsDoneRequestSchema>;

/** @public */
export interface StepsDoneResult {
  changeSet: ChangeSet;
  /** The steps as the file records them after the change. */
  marked: RecordedStep[];
}

/**
 * Renders marking recorded manual steps done: one edit of the app's steps file (see
 * `stepsFilePath`) that adds `done: {by, at, note}` to each named step, every other line
 * kept. A `NotFoundError` when the repository records no steps for the app; an
 * `InputError` for an unknown step or one already marked done.
 *
 * @public
 */
export function renderStepsDone(
  profile: Pick<Profile, 'id' | 'stepsFile'>,
  tree: FileTree,
  request: StepsDoneRequest,
): StepsDoneResult {
  const { app, steps, ...done } = parseRequest('steps done', stepsDoneRequestSchema, request);
  const path = stepsFilePath(profile, app);
  const current = tree.read(path);
  if (current === undefined) {
    throw new NotFoundError(`The repository records no manual steps for ${app}: there is no ${path}`);
  }
  const record: StepDone = { by: done.by, at: done.at, ...(done.note?.trim() ? { note: done.note.trim() } : {}) };
  const builder = new ChangeSetBuilder(tree);
  builder.edit(path, text => markStepsDone(path, text, steps, record));
  const changeSet = builder.build(profile.id);
  const ids = new Set(steps);
  const marked = parseStepsFile(path, changeSet.files[0].content).filter(s => ids.has(s.id));
  return { changeSet, marked };
}

/**
 * The steps marked done, as a Markdown list (the pull request's body).
 *
 * @public
 */
export function formatStepsDone(result: StepsDoneResult): string {
  return result.marked
    .map(s => `- [x] **${s.title}** (${s.owner}): marked done by ${s.done!.by} at ${s.done!.at}${s.done!.note ? `: ${s.done!.note}` : ''}`)
    .join('\n')
    .concat('\n');
}
