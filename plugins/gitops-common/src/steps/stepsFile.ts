import { InputError } from '@backstage/errors';
import { isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import { ManualStep } from '../changeset/types';
import { Profile } from '../profiles/types';
import { repoPath } from '../tree/paths';
import { documentToYaml, objectToDocument, parseForEdit } from '../yaml/documents';
import { stepsFileSchema } from './schema';
import { RecordedStep, StepDone } from './types';

const STEPS_API_VERSION = 'homeport.dev/v1alpha1';
const STEPS_KIND = 'ManualSteps';

const HEADER =
  'Manual steps Homeport recorded for this app: what a person still owes, how to check it, and who marked it done. Read by the Homeport catalog provider; not a Kubernetes resource.';

/**
 * Where a profile records the manual steps of an app: the profile's `stepsFile`, else
 * `.homeport/steps/<app>.yaml` at the repository root (outside every folder that Flux,
 * Argo CD or kustomize reads).
 *
 * @public
 */
export function stepsFilePath(profile: Pick<Profile, 'stepsFile'>, app: string): string {
  return repoPath(profile.stepsFile?.(app) ?? `.homeport/steps/${app}.yaml`);
}

function entry(step: ManualStep): Record<string, unknown> {
  return { id: step.id, owner: step.owner, title: step.title, detail: step.detail, check: step.check };
}

/**
 * Parses a steps file into its steps; an `InputError` naming the file and the field
 * when it is not one.
 *
 * @public
 */
export function parseStepsFile(path: string, text: string): RecordedStep[] {
  return stepsOf(path, parseForEdit(path, text));
}

/** The steps of a parsed steps file; an `InputError` naming the file and the field when it is not one. */
function stepsOf(path: string, doc: ReturnType<typeof parseForEdit>): RecordedStep[] {
  const parsed = stepsFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${path} is not a steps file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const { app, steps } = parsed.data;
  return steps.map(({ id, done, ...s }) => ({ id, app, ...s, ...(done ? { done } : {}) }));
}

function stepsSeq(path: string, text: string) {
  const doc = parseForEdit(path, text);
  stepsOf(path, doc);
  const seq = doc.get('steps', true);
  if (!isSeq(seq)) throw new InputError(`${path} is not a steps file: steps: Expected array`);
  return { doc, seq: seq as YAMLSeq<YAMLMap> };
}

function indexOfStep(seq: YAMLSeq<YAMLMap>, id: string): number {
  return seq.items.findIndex(item => isMap(item) && item.get('id') === id);
}

/**
 * The text of an app's steps file with `steps` recorded: a new file when `current` is
 * `undefined`; otherwise steps with a new id are appended and steps with a known id
 * take the new wording and check but keep their `done` record. Comments and order of
 * the existing file survive.
 *
 * @public
 */
export function recordSteps(path: string, current: string | undefined, app: string, steps: ManualStep[]): string {
  if (current === undefined) {
    return documentToYaml(
      objectToDocument({ apiVersion: STEPS_API_VERSION, kind: STEPS_KIND, app, steps: steps.map(entry) }, { header: HEADER }),
    );
  }
  const { doc, seq } = stepsSeq(path, current);
  for (const step of steps) {
    const at = indexOfStep(seq, step.id);
    if (at < 0) {
      seq.add(doc.createNode(entry(step)));
      continue;
    }
    const item = seq.items[at];
    for (const [key, value] of Object.entries(entry(step))) {
      if (JSON.stringify(item.toJSON()[key]) !== JSON.stringify(value)) item.set(key, doc.createNode(value));
    }
  }
  return documentToYaml(doc);
}

/**
 * The text of a steps file with the steps `ids` marked done. An `InputError` for an id
 * the file does not record and for a step already marked done (a pull request always
 * changes something).
 *
 * @public
 */
export function markStepsDone(path: string, current: string, ids: string[], done: StepDone): string {
  if (!ids.length) throw new InputError('Name at least one step to mark done');
  const { doc, seq } = stepsSeq(path, current);
  for (const id of ids) {
    const at = indexOfStep(seq, id);
    if (at < 0) {
      const known = seq.items.map(i => String(i.get('id'))).join(', ');
      throw new InputError(`${path} records no step '${id}' (it records: ${known || 'none'})`);
    }
    const item = seq.items[at];
    if (item.has('done')) throw new InputError(`Step '${id}' is already marked done in ${path}`);
    item.set('done', doc.createNode({ by: done.by, at: done.at, ...(done.note ? { note: done.note } : {}) }));
  }
  return documentToYaml(doc);
}
