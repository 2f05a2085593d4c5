import { lintProfileOf, resolveProfile } from '../profiles/select';
import { ReadCache } from '../read/readCache';
import { readRepository } from '../read/readRepository';
import { editedTrees } from '../testUtils/edits';
import { corpusDir, DEMO_REPO, fixtureCorpusDir } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { MapFileTree } from '../tree/FileTree';
import { lintRepository } from './lintRepository';
import { LAST_LINT, LastLint } from './ruleReuse';
import { LintOptions } from './types';

/** Repositories with the profile each is linted with (the corpus tests' own). */
const REPOSITORIES: [string, string, string | undefined][] = [
  ['demo', DEMO_REPO, 'flux-lvm-openbao'],
  ['Lumpiasty__klaster', corpusDir('Lumpiasty__klaster'), 'flux-lvm-openbao'],
  ['billimek__k8s-gitops', corpusDir('billimek__k8s-gitops'), 'flux-lvm-openbao'],
  ['public-transport__infrastructure', corpusDir('public-transport__infrastructure'), 'flux-app-chart'],
  ['rrumana__k8s-homelab-2', corpusDir('rrumana__k8s-homelab-2'), 'argocd-ceph-eso'],
  ['vehagn__homelab', fixtureCorpusDir('vehagn__homelab'), 'argocd-ceph-eso'],
  ['onedr0p__home-ops (inferred flux-helm)', corpusDir('onedr0p__home-ops'), undefined],
];

function optionsFor(tree: MapFileTree, profile: string | undefined): LintOptions {
  if (profile) return { profile };
  return lintProfileOf(resolveProfile(tree));
}

/** The rules whose findings the last lint through `cache` took from the lint before. */
function kept(cache: ReadCache, before: LastLint | undefined): string[] {
  const now = cache.kept<LastLint>(LAST_LINT)!;
  return [...now.runs].filter(([id, run]) => before?.runs.get(id) === run).map(([id]) => id);
}

describe('a lint through a ReadCache after app files changed', () => {
  it.each(REPOSITORIES)('finds what a lint of the whole repository finds (%s)', (_name, dir, profile) => {
    const base = readTreeSync(dir);
    const options = optionsFor(base, profile);
    const cache = new ReadCache();
    readRepository(base, { cache });
    lintRepository(base, { ...options, cache });
    let reused = 0;
    for (const { file, editName, tree } of editedTrees(base, 20)) {
      const before = cache.kept<LastLint>(LAST_LINT);
      readRepository(tree, { cache });
      const findings = lintRepository(tree, { ...options, cache });
      reused += kept(cache, before).length;
      expect({ file, editName, findings }).toEqual({ file, editName, findings: lintRepository(tree, options) });
    }
    // Rules that read nothing the edits touched keep their findings.
    expect(reused).toBeGreaterThan(0);
  });

  it('runs a rule again when what it read changed, and keeps it when not', () => {
    const base = readTreeSync(DEMO_REPO);
    const cache = new ReadCache();
    lintRepository(base, { profile: 'flux-lvm-openbao', cache });
    const first = cache.kept<LastLint>(LAST_LINT);
    const release = 'apps/podinfo/release.yaml';
    const bumped = base.with([[release, base.read(release)!.replace(/version: .*/, 'version: 6.x')]]);
    const findings = lintRepository(bumped, { profile: 'flux-lvm-openbao', cache });
    expect(findings.filter(f => f.ruleId === 'flux-lvm-openbao/chart-version').map(f => f.message)).toEqual([
      "HelmRelease podinfo pins chart version '6.x', which is not an exact version",
    ]);
    const reused = kept(cache, first);
    // The chart version rule reads HelmReleases: it ran again. The PVC rules read no HelmRelease.
    expect(reused).not.toContain('flux-lvm-openbao/chart-version');
    expect(reused).toContain('flux-lvm-openbao/pvc-volume-name');
    // A rule that reads every document (YAML syntax) always runs again.
    expect(reused).not.toContain('homeport/yaml-syntax');
  });
});
