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
});
