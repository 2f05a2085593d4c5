import fs from 'node:fs';
import path from 'node:path';
import { readTreeSync } from '../testUtils/readTreeSync';
import { MapFileTree } from '../tree/FileTree';
import { lintRepository } from './lintRepository';
import { argoBase, chartRepo, demo, withFiles } from './testing';

const PROFILES = path.join(__dirname, '../profiles');

/** Each profile's golden cases and the tree its goldens were rendered against. */
const GOLDENS: [string, string, () => MapFileTree][] = [
  ['flux-lvm-openbao', 'fluxLvmOpenbao', demo],
  // The goldens of argocd-ceph-eso are rendered against testing/fixtureRepo.ts; argoBase()
  // adds what that fixture names but does not carry (see testing.ts).
  ['argocd-ceph-eso', 'argocdCephEso', argoBase],
  ['flux-app-chart', 'fluxAppChart', chartRepo],
];

/**
 * Errors a golden case has by design: the flux-app-chart profile sets hasSecrets and
 * leaves the SOPS-encrypted Secret to a manual step of the same change.
 */
const OWED: Record<string, string[]> = {
  'flux-app-chart/app-full': ['kubernetes/apps/transit-feeds/release.yaml:31 flux-app-chart/app-secret'],
  'flux-app-chart/http-secret-existing': ['kubernetes/apps/api-only/release.yaml:17 flux-app-chart/app-secret'],
};

const cases = GOLDENS.flatMap(([profile, folder, base]) => {
  const fixtures = path.join(PROFILES, folder, '__fixtures__');
  return fs
    .readdirSync(fixtures)
    .filter(name => fs.existsSync(path.join(fixtures, name, 'spec.yaml')))
    .sort()
    .map(name => ({ profile, name, files: path.join(fixtures, name, 'files'), base }));
});

describe('what Homeport renders lints clean under its profile', () => {
  it('the demo repository has no finding at all', () => {
    expect(lintRepository(demo(), { profile: 'flux-lvm-openbao' })).toEqual([]);
  });

  it('covers every golden case of every profile', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map(c => [`${c.profile}/${c.name}`, c] as const))('%s', (_, { profile, name, files, base }) => {
    const golden = readTreeSync(files);
    const tree = withFiles(base(), Object.fromEntries(golden.paths().map(p => [p, golden.read(p)!])));
    const errors = lintRepository(tree, { profile })
      .filter(f => f.severity === 'error' && golden.paths().includes(f.file))
      .map(f => `${f.file}:${f.line} ${f.ruleId}`);
    expect(errors).toEqual(OWED[`${profile}/${name}`] ?? []);
  });
});
