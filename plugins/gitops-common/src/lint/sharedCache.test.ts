import { ReadCache } from '../read/readCache';
import { readRepository } from '../read/readRepository';
import { corpusDir } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { lintRepository } from './lintRepository';

describe('lint with the reader’s cache', () => {
  it.each([
    ['billimek/k8s-gitops', corpusDir('billimek__k8s-gitops'), 'flux-lvm-openbao'],
    ['Lumpiasty/klaster', corpusDir('Lumpiasty__klaster'), 'flux-lvm-openbao'],
    ['rrumana/k8s-homelab-2', corpusDir('rrumana__k8s-homelab-2'), 'argocd-ceph-eso'],
  ])('gives the findings and the model of separate parses, for %s', (_, dir, profile) => {
    const tree = readTreeSync(dir);
    const cache = new ReadCache();
    const model = readRepository(tree, { profile, cache });
    const findings = lintRepository(tree, { profile, cache });
    expect(findings).toEqual(lintRepository(tree, { profile }));
    expect(findings.length).toBeGreaterThan(0);
    // A second lint reuses the documents and lines of the first (their parsed nodes
    // were dropped and are parsed again where a rule asks).
    expect(lintRepository(tree, { profile, cache })).toEqual(findings);
    // Lint shares the parsed values: the reader's model after it is unchanged.
    expect(readRepository(tree, { profile, cache })).toEqual(model);
    expect(model).toEqual(readRepository(tree, { profile }));
  });

  it('gives the findings of a separate parse after files change, whatever changed', () => {
    const profile = 'flux-lvm-openbao';
    const tree = readTreeSync(corpusDir('Lumpiasty__klaster'));
    const cache = new ReadCache();
    readRepository(tree, { profile, cache });
    lintRepository(tree, { profile, cache });
    const release = 'apps/authentik/release.yaml';
    const changes: [string, [string, string | undefined][]][] = [
      // A resource's text: the kustomize graph of the last lint serves again.
      ['a resource', [[release, tree.read(release)!.replace(/version: .*/, 'version: latest')]]],
      // A kustomization and a deleted file: the graph is built again.
      ['a kustomization', [['apps/kustomization.yaml', tree.read('apps/kustomization.yaml')!.replace('  - gitea\n', '')]]],
      ['a deleted file', [['apps/authentik/secret.yaml', undefined]]],
    ];
    let current = tree;
    let previous = lintRepository(tree, { profile });
    for (const [what, change] of changes) {
      current = current.with(change);
      readRepository(current, { profile, cache });
      const findings = lintRepository(current, { profile, cache });
      expect({ what, findings }).toEqual({ what, findings: lintRepository(current, { profile }) });
      // Each change shows in the findings.
      expect({ what, same: findings.length === previous.length }).toEqual({ what, same: false });
      previous = findings;
    }
  });
});
