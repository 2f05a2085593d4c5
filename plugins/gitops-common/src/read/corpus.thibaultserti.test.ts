import {
  chartRow,
  expectAllRows,
  readCorpus,
  TruthRow,
} from './__fixtures__/corpusTruth';

function chartApp(
  app: string,
  namespace: string,
  chart: string,
  version: string,
  hosts: string[] = [],
): TruthRow {
  return chartRow(
    app,
    namespace,
    { kind: 'Application', name: app },
    { name: chart, version },
    hosts,
  );
}

/**
 * thibaultserti/kubernetes (own corpus, SOURCE.txt): every Argo CD Application is an
 * item of the `argocd-apps` chart's values (`applications:` maps in
 * `argocd/argocd-apps/**`), installed by a script and then self-managed through its
 * own item `argocd-apps`, whose `valueFiles` list which files are live (ctfd,
 * challenges, falco, kepler, kuma, locust are commented out there: not deployed).
 */
const ROWS: TruthRow[] = [
  chartApp('argocd', 'argocd', 'argo-cd', '7.9.1', ['argocd.ayanides.cloud']),
  chartApp('argocd-apps', 'argocd', 'argocd-apps', '2.0.5'),
  chartApp('cilium', 'kube-system', 'cilium', '1.19.6', [
    'hubble.ayanides.cloud',
  ]),
  chartApp('longhorn', 'longhorn-system', 'longhorn', '1.12.0', [
    'longhorn.ayanides.cloud',
  ]),
  chartApp('vault', 'vault', 'vault', '0.34.0', ['vault.ayanides.cloud']),
  chartApp('grafana', 'monitoring', 'grafana', '7.3.12', [
    'grafana.ayanides.cloud',
  ]),
  chartApp('loki', 'monitoring', 'loki', '6.55.0', ['loki.ayanides.cloud']),
  chartApp('redis', 'redis', 'redis', '19.6.4'),
  chartApp('minio', 'minio', 'bitnamicharts/minio', '14.10.5', [
    'minio.ayanides.cloud',
    'minio-api.ayanides.cloud',
  ]),
  {
    ...chartApp('homepage', 'homepage', 'homepage', '1.2.3', [
      'home.ayanides.cloud',
    ]),
    images: ['ghcr.io/gethomepage/homepage:v0.10.9'],
  },
  chartApp('yopass', 'yopass', 'yopass', '3.9.5', ['yopass.ayanides.cloud']),
  {
    app: 'buzzer',
    namespace: 'buzzer',
    workloads: [{ kind: 'Deployment', name: 'buzzer' }],
    images: ['thibaultserti/buzzer:1.0.0'],
    hosts: ['buzzer.ayanides.cloud'],
  },
  {
    app: 'stirling-pdf',
    namespace: 'stirling-pdf',
    workloads: [{ kind: 'Deployment', name: 'stirling-pdf' }],
    images: ['frooodle/s-pdf:0.20.2'],
    hosts: ['stirling-pdf.ayanides.cloud'],
  },
];

describe('readRepository on thibaultserti/kubernetes', () => {
  const { model, ms } = readCorpus('thibaultserti__kubernetes', true);

  it('finds the ground-truth rows', () => {
    expectAllRows('thibaultserti/kubernetes', model, ROWS, ms);
  });

  it('follows only the values files the self-managed argocd-apps item lists', () => {
    const ids = model.services.map(s => s.id);
    for (const notDeployed of [
      'ctfd',
      'challenges',
      'falco',
      'kepler',
      'kuma',
      'locust',
    ])
      expect(ids).not.toContain(notDeployed);
    expect(model.services).toHaveLength(42);
  });
});
