import { editedTrees } from '../testUtils/edits';
import { corpusDir, DEMO_REPO, fixtureCorpusDir } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { ReadCache } from './readCache';
import { readRepository } from './readRepository';

const REPOSITORIES: [string, string][] = [
  ['demo', DEMO_REPO],
  ['Lumpiasty__klaster', corpusDir('Lumpiasty__klaster')],
  ['billimek__k8s-gitops', corpusDir('billimek__k8s-gitops')],
  ['onedr0p__home-ops', corpusDir('onedr0p__home-ops')],
  ['public-transport__infrastructure', corpusDir('public-transport__infrastructure')],
  ['rrumana__k8s-homelab-2', corpusDir('rrumana__k8s-homelab-2')],
  ['vehagn__homelab', fixtureCorpusDir('vehagn__homelab')],
  ['thibaultserti__kubernetes', fixtureCorpusDir('thibaultserti__kubernetes')],
  ['argoproj__argocd-example-apps', fixtureCorpusDir('argoproj__argocd-example-apps')],
  ['fluxcd__flux2-kustomize-helm-example', fixtureCorpusDir('fluxcd__flux2-kustomize-helm-example')],
];

/** Whether the last read through `cache` kept the expansion of the read before (replayed it). */
function expansionOf(cache: ReadCache): unknown {
  return cache.kept<{ expansion: { entries: unknown } }>('read-last')?.expansion.entries;
}

describe('a read through a ReadCache after app files changed', () => {
  it.each(REPOSITORIES)('is the read of the whole repository (%s)', (_name, dir) => {
    const base = readTreeSync(dir);
    const cache = new ReadCache();
    readRepository(base, { cache });
    let replayed = 0;
    let edits = 0;
    for (const { file, editName, tree } of editedTrees(base, 25)) {
      const before = expansionOf(cache);
      const cached = readRepository(tree, { cache });
      if (expansionOf(cache) === before) replayed++;
      edits++;
      // The whole read of the edited tree, without a cache, is what the replay must give.
      expect({ file, editName, model: cached }).toEqual({ file, editName, model: readRepository(tree) });
    }
    expect(edits).toBeGreaterThan(0);
    // Some edits of every repository are read again on their own (not all: an edit of a
    // kustomization, an engine object or a source expands the repository again).
    expect(replayed).toBeGreaterThan(0);
  });

  it('expands the repository again when a file is added, removed or shapes others', () => {
    const base = readTreeSync(DEMO_REPO);
    const cache = new ReadCache();
    readRepository(base, { cache });
    const first = expansionOf(cache);
    const added = base.with([['apps/podinfo/extra.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n']]);
    expect(readRepository(added, { cache })).toEqual(readRepository(added));
    expect(expansionOf(cache)).not.toBe(first);

    const second = expansionOf(cache);
    const kustomization = 'apps/podinfo/kustomization.yaml';
    const relisted = added.with([[kustomization, `${added.read(kustomization)!}\n# edited\n`]]);
    expect(readRepository(relisted, { cache })).toEqual(readRepository(relisted));
    expect(expansionOf(cache)).not.toBe(second);

    const third = expansionOf(cache);
    const release = 'apps/podinfo/release.yaml';
    const bumped = relisted.with([[release, relisted.read(release)!.replace(/version: .*/, 'version: 6.9.9')]]);
    expect(readRepository(bumped, { cache }).services.find(s => s.id === 'podinfo')?.workloads[0].chart?.version).toBe('6.9.9');
    expect(expansionOf(cache)).toBe(third);
  });
});
