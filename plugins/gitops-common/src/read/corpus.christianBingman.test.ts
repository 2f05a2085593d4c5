import { readTreeSync } from '../testUtils/readTreeSync';
import { fixtureCorpusDir } from '../testUtils/paths';
import { chartRow, expectAllRows, TruthRow } from './__fixtures__/corpusTruth';
import { readRepository } from './readRepository';
import { readRepositoryWithTerraform } from './readRepositoryWithTerraform';

function release(
  app: string,
  name: string,
  namespace: string,
  chart: string,
  version?: string,
): TruthRow {
  return chartRow(
    app,
    namespace,
    { kind: 'HelmRelease', name },
    { name: chart, ...(version ? { version } : {}) },
  );
}

function workload(
  app: string,
  kind: 'Deployment' | 'StatefulSet',
  name: string,
  namespace: string,
  image: string,
): TruthRow {
  return { app, namespace, workloads: [{ kind, name }], images: [image] };
}

/**
 * ChristianBingman/kubernetes-terraform (own corpus, SOURCE.txt): one Terraform root
 * (`init.tf`) calling nine local modules under `modules/`, each with `kubernetes_*`
 * resources or a `helm_release`. Seven more modules (cnpg, eck, filebeat, …) are called
 * by nothing: not applied, not services.
 */
const ROWS: TruthRow[] = [
  release(
    'metrics-server',
    'metrics-server',
    'metrics-server',
    'metrics-server',
  ),
  release(
    'cert-manager',
    'cert-manager',
    'cert-manager',
    'cert-manager',
    'v1.15.0',
  ),
  release(
    'nfs-subdir-external-provisioner',
    'nfs-dynamic-provisioner',
    'default',
    'nfs-subdir-external-provisioner',
  ),
  release('metallb', 'metallb', 'metallb', 'metallb'),
  workload(
    'internal-proxy',
    'Deployment',
    'internal-proxy',
    'internal-proxy',
    'nginx:latest',
  ),
  workload(
    'cloudflare-tunnel',
    'Deployment',
    'cloudflared',
    'cloudflare-tunnel',
    'cloudflare/cloudflared:2024.6.0',
  ),
  workload(
    'registry',
    'StatefulSet',
    'registry',
    'registry',
    'docker.io/registry',
  ),
  workload(
    'photoprism',
    'StatefulSet',
    'photoprism',
    'photoprism',
    'photoprism/photoprism:latest',
  ),
  workload('website', 'Deployment', 'root-site', 'root-site', 'nginx:latest'),
];

describe('readRepositoryWithTerraform on ChristianBingman/kubernetes-terraform', () => {
  const tree = readTreeSync(
    fixtureCorpusDir('ChristianBingman__kubernetes-terraform'),
  );

  it('finds the ground-truth rows through the module calls of the root', async () => {
    const started = performance.now();
    const model = await readRepositoryWithTerraform(tree);
    expectAllRows(
      'ChristianBingman/kubernetes-terraform',
      model,
      ROWS,
      Math.round(performance.now() - started),
    );
    expect(model.services.map(s => s.id)).toEqual(ROWS.map(r => r.app).sort());
    expect(model.services.find(s => s.id === 'photoprism')).toMatchObject({
      engine: 'terraform',
      folder: 'modules/photoprism',
      files: ['modules/photoprism/main.tf', 'modules/photoprism/variables.tf'],
    });
  });

  it('gives nothing from Terraform without the parsed files (the synchronous read)', () => {
    expect(readRepository(tree).services).toEqual([]);
  });
});
