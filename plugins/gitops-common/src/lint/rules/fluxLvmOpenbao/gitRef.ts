import { exactVersion } from '../../../specs/names';
import { getIn, isRecord, stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { tagProblem } from '../shared/mutableTag';
import { doc, FluxLvmRule, inApps } from './common';

/** L05: a GitRepository an app uses follows a tag, not a branch. */
export const gitRef: FluxLvmRule = {
  ...doc(
    'git-ref',
    'error',
    'L05',
    '"If the app does not have a helm repository, but helm chart is available in git repository … GitRepository … ref: tag: v2.7.5" and "Renovate automatically keeps track of … GitRepository tags". [inference: a branch is not a version]',
  ),
  title: 'GitRepository sources follow an exact tag',
  description:
    "A GitRepository in the apps folder sets spec.ref.tag to an exact version (or pins spec.ref.commit); a branch, a semver range or no ref at all follows whatever is pushed and Renovate cannot update it.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const d of index.objects('GitRepository')) {
      if (!inApps(options, d.file)) continue;
      const ref = getIn(d.value, ['spec', 'ref']);
      if (isRecord(ref) && typeof ref.commit === 'string') continue;
      const tag = d.scalarText(['spec', 'ref', 'tag']);
      const semver = stringAt(ref, ['semver']);
      const branch = stringAt(ref, ['branch']);
      if (tag !== undefined) {
        const problem = tagProblem(tag);
        if (problem) out.push(at(d, ['spec', 'ref', 'tag'], `GitRepository ${d.name}: ${problem}`, 'Set ref.tag to the exact release tag (such as v2.7.5).'));
      } else if (semver !== undefined && !exactVersion.safeParse(semver).success) {
        out.push(at(d, ['spec', 'ref', 'semver'], `GitRepository ${d.name} follows the range '${semver}'`, 'Set ref.tag to the exact release tag (such as v2.7.5).'));
      } else if (semver === undefined) {
        out.push(
          at(
            d,
            branch !== undefined ? ['spec', 'ref', 'branch'] : ['spec', 'url'],
            branch !== undefined ? `GitRepository ${d.name} follows branch ${branch}, not a tag` : `GitRepository ${d.name} sets no ref: it follows the default branch`,
            'Set ref.tag to the exact release tag (such as v2.7.5), which Renovate updates.',
          ),
        );
      }
    }
    return out;
  },
};
