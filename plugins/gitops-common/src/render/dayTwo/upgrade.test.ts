import { DEMO_REPO } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { changeSetToDiff } from '../../changeset/diff';
import { formatUpgradeEdits, renderUpgrade } from './upgrade';
import { parseUpgradeRequest } from './upgradeRequest';

const tree = readTreeSync(DEMO_REPO);
const PROFILE = 'flux-lvm-openbao';

/** The lines a change set removes and adds, file by file. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return {
    removed: a.filter((line, i) => line !== b[i]),
    added: b.filter((line, i) => line !== a[i]),
  };
}

describe('renderUpgrade on the demo repository', () => {
  it("changes a HelmRelease's image tag in its values and keeps the renovate comment", () => {
    const { changeSet, edits } = renderUpgrade(PROFILE, tree, parseUpgradeRequest({ app: 'podinfo', image: { tag: '6.9.2' } }));
    expect(changeSet.files.map(f => [f.path, f.action])).toEqual([['apps/podinfo/release.yaml', 'modify']]);
    const [file] = changeSet.files;
    expect(changedLines(file.previous!, file.content)).toEqual({
      removed: ['      tag: "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io'],
      added: ['      tag: "6.9.2" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io'],
    });
    expect(edits).toEqual([{ file: 'apps/podinfo/release.yaml', what: 'image ghcr.io/stefanprodan/podinfo', from: '6.9.1', to: '6.9.2' }]);
    expect(formatUpgradeEdits(edits)).toBe(
      '- image ghcr.io/stefanprodan/podinfo: 6.9.1 → 6.9.2 (`apps/podinfo/release.yaml`)\n',
    );
  });

  it('changes chart version, replicas and resources of a HelmRelease together, only those lines', () => {
    const { changeSet } = renderUpgrade(
      PROFILE,
      tree,
      parseUpgradeRequest({
        app: 'podinfo',
        chartVersion: '6.10.0',
        replicas: 2,
        resources: { requests: { cpu: '10m' }, limits: { memory: '128Mi', cpu: '500m' } },
      }),
    );
    const [file] = changeSet.files;
    const diff = changeSetToDiff(changeSet);
    expect(diff.split('\n').filter(l => /^[-+][^-+]/.test(l))).toEqual([
      '-      version: 6.9.1',
      '+      version: 6.10.0',
      '-    replicaCount: 1',
      '+    replicaCount: 2',
      '-        cpu: 1m',
      '+        cpu: 10m',
      '-        memory: 64Mi',
      '+        memory: 128Mi',
      '+        cpu: 500m',
    ]);
    expect(file.content).toContain('      limits:\n        memory: 128Mi\n        cpu: 500m\n');
  });

  it("changes a Deployment's image and replicas in place", () => {
    const { changeSet } = renderUpgrade(PROFILE, tree, parseUpgradeRequest({ app: 'mealie', image: { tag: 'v3.17.0' }, replicas: 2 }));
    const [file] = changeSet.files;
    expect(file.path).toBe('apps/mealie/deployment.yaml');
    expect(changedLines(file.previous!, file.content)).toEqual({
      removed: ['  replicas: 1', '          image: ghcr.io/mealie-recipes/mealie:v3.16.0'],
      added: ['  replicas: 2', '          image: ghcr.io/mealie-recipes/mealie:v3.17.0'],
    });
  });

  it('picks the workload by image when the service has several', () => {
    const { changeSet, edits } = renderUpgrade(
      PROFILE,
      tree,
      parseUpgradeRequest({ app: 'llama', image: { repository: 'caddy', tag: '2.11.5-alpine' } }),
    );
    expect(edits).toEqual([{ file: 'apps/llama/auth-proxy.yaml', what: 'image caddy', from: '2.11.4-alpine', to: '2.11.5-alpine' }]);
    expect(changeSet.files.map(f => f.path)).toEqual(['apps/llama/auth-proxy.yaml']);
  });

  it('refuses mutable and sliding versions, ranges, and empty requests', () => {
    expect(() => parseUpgradeRequest({ app: 'podinfo', image: { tag: 'latest' } })).toThrow(
      "Invalid upgrade: image.tag: tag 'latest' is mutable: pin an exact version",
    );
    expect(() => parseUpgradeRequest({ app: 'podinfo', image: { tag: '1.2' } })).toThrow(
      "Invalid upgrade: image.tag: tag '1.2' is a sliding version: pin the full version (such as 1.2.3)",
    );
    expect(() => parseUpgradeRequest({ app: 'podinfo', chartVersion: '^6.9.0' })).toThrow(
      'Invalid upgrade: chartVersion: version must be an exact semantic version such as 1.2.3 (no range)',
    );
    expect(() => parseUpgradeRequest({ app: 'podinfo' })).toThrow(
      'Invalid upgrade: say what to change: an image tag, a chart version, replicas or resources',
    );
  });

  it('refuses an unknown service, a chart version for a Deployment, several workloads, and no change', () => {
    expect(() => renderUpgrade(PROFILE, tree, { app: 'wiki', image: { tag: '1.0.0' } })).toThrow(
      "The repository has no service 'wiki'; its services are llama, mealie, podinfo, teamspeak",
    );
    expect(() => renderUpgrade(PROFILE, tree, { app: 'mealie', chartVersion: '1.0.0' })).toThrow(
      'Deployment mealie of mealie installs no chart with a version Homeport can change',
    );
    expect(() => renderUpgrade(PROFILE, tree, { app: 'llama', image: { tag: '1.0.0' } })).toThrow(
      'llama has 2 workloads (Deployment llama-proxy, Deployment llama-swap): say which one to upgrade',
    );
    expect(() => renderUpgrade(PROFILE, tree, { app: 'podinfo', image: { tag: '6.9.1' } })).toThrow(
      'podinfo already runs ghcr.io/stefanprodan/podinfo:6.9.1',
    );
  });
});
