import { ManualStep } from '../changeset/types';
import { Profile } from '../profiles/types';
import { recordSteps, stepsFilePath } from '../steps/stepsFile';
import { ChangeSetBuilder } from './ChangeSetBuilder';

/**
 * Records the change set's manual steps with the change: one steps file per app (see
 * {@link stepsFilePath}), added or merged into the one a pending change wrote.
 */
export function writeStepsFiles(profile: Profile, builder: ChangeSetBuilder): void {
  const byApp = new Map<string, ManualStep[]>();
  for (const step of builder.manualSteps()) {
    byApp.set(step.app, [...(byApp.get(step.app) ?? []), step]);
  }
  for (const [app, steps] of byApp) {
    const path = stepsFilePath(profile, app);
    if (builder.exists(path)) builder.edit(path, text => recordSteps(path, text, app, steps));
    else builder.add(path, recordSteps(path, undefined, app, steps));
  }
}
