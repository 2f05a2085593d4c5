import { exactVersion } from '../../../specs/names';
import { getIn, stringAt } from '../../k8s';
import { helmReleases } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { tagProblem } from '../shared/mutableTag';
import { doc, FluxLvmRule } from './common';

/** L05: HelmRelease charts are pinned to an exact version. */
export const chartVersion: FluxLvmRule = {
  ...doc('chart-version', 'error', 'L05', '"always specify full versions of docker images or helm chart release."'),
  title: 'Helm charts are pinned to exact versions',
  description:
    'A HelmRelease whose chart comes from a HelmRepository sets chart.spec.version to an exact semantic version (1.2.3, no range, not missing). A chartRef to an OCIRepository needs that OCIRepository to pin ref.tag exactly (or ref.digest). Charts from a GitRepository are pinned by its tag (flux-lvm-openbao/git-ref).',
  check: ({ index }) => {
    const out: RawFinding[] = [];
    // HelmReleases whose version an overlay's patch sets (fluxcd's apps/production/podinfo-values.yaml): the patch is judged, not the base.
    const patchFiles = new Set([...index.kustomize.byDir.values()].flatMap(k => k.entries.filter(e => e.use === 'patch' && e.target).map(e => e.target!)));
    const patchedVersion = new Set(
      helmReleases(index)
        .filter(d => patchFiles.has(d.file) && getIn(d.value, ['spec', 'chart', 'spec', 'version']) !== undefined)
        .map(d => d.name),
    );
    for (const d of helmReleases(index)) {
      const sourceKind = stringAt(d.value, ['spec', 'chart', 'spec', 'sourceRef', 'kind']);
      if (getIn(d.value, ['spec', 'chart', 'spec']) !== undefined && sourceKind !== 'GitRepository') {
        const version = d.scalarText(['spec', 'chart', 'spec', 'version']);
        if (version === undefined) {
          if (!patchFiles.has(d.file) && patchedVersion.has(d.name)) continue;
          out.push(at(d, ['spec', 'chart', 'spec', 'chart'], `HelmRelease ${d.name} sets no chart version: Flux installs whatever is newest`, 'Set chart.spec.version to the exact chart version (such as 1.2.3).'));
        } else if (!exactVersion.safeParse(version).success) {
          out.push(at(d, ['spec', 'chart', 'spec', 'version'], `HelmRelease ${d.name} pins chart version '${version}', which is not an exact version`, 'Set chart.spec.version to one exact version (such as 1.2.3), not a range.'));
        }
      }
      const ref = getIn(d.value, ['spec', 'chartRef']);
      if (stringAt(ref, ['kind']) === 'OCIRepository') {
        const name = stringAt(ref, ['name']);
        const repo = index.objects('OCIRepository').find(o => o.name === name && index.namespaceOf(o) === (stringAt(ref, ['namespace']) ?? index.namespaceOf(d)));
        if (!repo || getIn(repo.value, ['spec', 'ref', 'digest']) !== undefined) continue;
        const tag = repo.scalarText(['spec', 'ref', 'tag']);
        const semver = stringAt(repo.value, ['spec', 'ref', 'semver']);
        if (semver !== undefined && !exactVersion.safeParse(semver).success) {
          out.push(at(repo, ['spec', 'ref', 'semver'], `OCIRepository ${repo.name} follows the range '${semver}' for HelmRelease ${d.name}`, 'Pin ref.tag to the exact chart version.'));
        } else if (semver === undefined && tag === undefined) {
          out.push(at(repo, ['spec', 'url'], `OCIRepository ${repo.name} pins no tag for HelmRelease ${d.name}: it follows latest`, 'Set ref.tag to the exact chart version.'));
        } else if (tag !== undefined && tagProblem(tag)) {
          out.push(at(repo, ['spec', 'ref', 'tag'], `OCIRepository ${repo.name} (chart of HelmRelease ${d.name}): ${tagProblem(tag)}`, 'Set ref.tag to the exact chart version.'));
        }
      }
    }
    return out;
  },
};
