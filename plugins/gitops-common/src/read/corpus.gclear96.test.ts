import {
  expectAllRows,
  readCorpus,
  TruthRow,
} from './__fixtures__/corpusTruth';

/** An Application of the `platform-wrapped-charts` list generator: a local wrapper chart over one upstream chart. */
function wrapped(
  name: string,
  namespace: string,
  upstream: { name: string; version: string } | undefined,
  hosts: string[] = [],
): TruthRow {
  return {
    app: `platform-${name}`,
    namespace,
    workloads: [{ kind: 'Application', name: `platform-${name}` }],
    charts: [{ name, version: '0.1.0' }, ...(upstream ? [upstream] : [])],
    hosts,
  };
}

/**
 * gclear96/talos-proxmox-platform (own corpus, SOURCE.txt): Argo CD ApplicationSets with
 * list generators over wrapper (umbrella) charts `apps/<name>/chart/` whose Chart.yaml
 * depends on the upstream chart, values in `clusters/homelab/values/<name>.yaml`.
 * `apps/oauth2-proxy` is in no generator list: not deployed, not a service.
 */
const ROWS: TruthRow[] = [
  wrapped('ingress-nginx', 'ingress-nginx', {
    name: 'ingress-nginx',
    version: '4.14.1',
  }),
  wrapped('cert-manager', 'cert-manager', {
    name: 'cert-manager',
    version: 'v1.19.2',
  }),
  {
    ...wrapped('porkbun-webhook', 'cert-manager', undefined),
    charts: [{ name: 'porkbun-webhook', version: '0.1.5' }],
    images: ['ghcr.io/mdonoughe/porkbun-webhook:v0.1.5'],
  },
  wrapped('metallb', 'metallb-system', { name: 'metallb', version: '0.15.3' }),
  wrapped('democratic-csi', 'democratic-csi', {
    name: 'democratic-csi',
    version: '0.15.1',
  }),
  wrapped('metrics-server', 'metrics-server', {
    name: 'metrics-server',
    version: '3.13.0',
  }),
  wrapped('external-secrets', 'external-secrets', {
    name: 'external-secrets',
    version: '1.2.0',
  }),
  wrapped('loki', 'loki', { name: 'loki', version: '6.49.0' }),
  wrapped(
    'authentik',
    'authentik',
    { name: 'authentik', version: '2025.10.3' },
    ['authentik.k8s.magomago.moe'],
  ),
  {
    ...wrapped('garage', 'garage', undefined),
    charts: [{ name: 'garage', version: '0.7.1' }],
  },
  wrapped('velero', 'velero', { name: 'velero', version: '11.4.0' }),
  wrapped('vault', 'vault', { name: 'vault', version: '0.31.0' }, [
    'vault.k8s.magomago.moe',
  ]),
  wrapped(
    'kube-prometheus-stack',
    'monitoring',
    { name: 'kube-prometheus-stack', version: '80.6.0' },
    ['grafana.k8s.magomago.moe'],
  ),
  {
    app: 'platform-forgejo',
    namespace: 'forgejo',
    workloads: [{ kind: 'Application', name: 'platform-forgejo' }],
    charts: [{ name: 'forgejo', version: '15.0.3' }],
    hosts: ['forgejo.k8s.magomago.moe'],
  },
  {
    app: 'platform-forgejo-runner',
    namespace: 'forgejo-runner',
    workloads: [{ kind: 'Application', name: 'platform-forgejo-runner' }],
    charts: [{ name: 'forgejo-runner', version: '0.6.18' }],
    hosts: [],
  },
];

describe('readRepository on gclear96/talos-proxmox-platform', () => {
  const { model, ms, service } = readCorpus(
    'gclear96__talos-proxmox-platform',
    true,
  );

  it('finds the ground-truth rows', () => {
    expectAllRows('gclear96/talos-proxmox-platform', model, ROWS, ms);
    expect(model.services.map(s => s.id)).not.toContain(
      'platform-oauth2-proxy',
    );
  });

  it('reports the upstream chart of a wrapper chart as its dependency, in the chart folder', () => {
    const authentik = service('platform-authentik');
    expect(authentik.folder).toBe('apps/authentik/chart');
    expect(authentik.workloads[0].chart).toEqual({
      name: 'authentik',
      version: '0.1.0',
      sourceKind: 'ArgoGit',
      sourceUrl:
        'https://forgejo.k8s.magomago.moe/akadmin/talos-proxmox-platform.git',
      localPath: 'apps/authentik/chart',
      dependencies: [
        {
          name: 'authentik',
          version: '2025.10.3',
          sourceKind: 'HelmRepository',
          sourceUrl: 'https://charts.goauthentik.io',
        },
      ],
    });
  });
});
