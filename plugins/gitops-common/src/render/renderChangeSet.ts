import { InputError } from '@backstage/errors';
import { ChangeSet } from '../changeset/types';
import { applyChartFacts } from '../charts/applyChartFacts';
import { RenderContext } from '../charts/types';
import { Profile } from '../profiles/types';
import { specApp, WORKLOAD_KINDS, WorkloadSpec } from '../specs/spec';
import { FileTree } from '../tree/FileTree';
import { ChangeSetBuilder } from './ChangeSetBuilder';
import { refuseConflicts } from './conflicts';
import { writeStepsFiles } from './stepsFiles';

function checkRequest(profile: Profile, specs: WorkloadSpec[]) {
  const unsupported = specs.find(s => !profile.supports.includes(s.kind));
  if (unsupported) {
    const reason = profile.unsupported?.[unsupported.kind];
    throw new InputError(
      `Profile ${profile.id} has no convention for a ${unsupported.kind} spec${reason ? `: ${reason}` : ''} (it supports: ${profile.supports.join(', ')})`,
    );
  }
  const created = new Set<string>();
  for (const spec of specs) {
    if (spec.kind !== 'app' && spec.kind !== 'gpu') continue;
    if (created.has(spec.name)) {
      throw new InputError(`App '${spec.name}' is created twice in one request`);
    }
    created.add(spec.name);
  }
}

/**
 * Renders validated specs under a profile against a repository tree: the one
 * computation behind the scaffolder action, the dry run's diff and `homeport render`.
 * Pure and deterministic. Throws `InputError` for requests the profile cannot honour,
 * `ConflictError` when something already exists (an app, a host name another object
 * serves, a Secret name another object writes), `NotFoundError` when an app it
 * attaches to does not.
 *
 * `context.charts` holds what the caller read from the charts of the request's Helm apps
 * (see {@link chartsToRead}); the fields the specs leave open default to it (see
 * {@link applyChartFacts}). Without it, a Helm app's exposure routes to `<app>:80`.
 *
 * @public
 */
export function renderChangeSet(
  profile: Profile,
  specs: WorkloadSpec[],
  tree: FileTree,
  context: RenderContext = {},
): ChangeSet {
  checkRequest(profile, specs);
  const resolved = applyChartFacts(specs, context.charts);
  const ordered = [...resolved.specs].sort(
    (a, b) => WORKLOAD_KINDS.indexOf(a.kind) - WORKLOAD_KINDS.indexOf(b.kind),
  );
  const builder = new ChangeSetBuilder(tree);
  profile.render(ordered, builder);
  for (const step of resolved.steps) builder.step(step);
  writeStepsFiles(profile, builder);
  const changeSet = builder.build(profile.id);
  refuseConflicts(tree, changeSet);
  return changeSet;
}

/** The apps a request touches, in order of first mention. */
export function requestApps(specs: WorkloadSpec[]): string[] {
  return [...new Set(specs.map(specApp))];
}
