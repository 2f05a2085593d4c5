import { demo, edit, lintRule } from '../../testing';

const HELM_INGRESS: [string, string] = [
  '    ingress:\n      enabled: false\n',
  '    ingress:\n      enabled: true\n      className: nginx\n      annotations:\n        cert-manager.io/cluster-issuer: letsencrypt\n      hosts:\n        - host: podinfo.example.com\n      tls:\n        - hosts: [podinfo.example.com]\n',
];

describe('flux-lvm-openbao/ingress', () => {
  const ID = 'flux-lvm-openbao/ingress';

  it('passes on the class, issuer and TLS of the guidelines', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports class, issuer and TLS hosts of Ingress objects', () => {
    const tree = edit(
      demo(),
      'apps/mealie/ingress.yaml',
      ['ingressClassName: nginx-ingress', 'ingressClassName: nginx'],
      ['cert-manager.io/cluster-issuer: letsencrypt', 'cert-manager.io/cluster-issuer: letsencrypt-staging'],
      ['        - mealie.lumpiasty.xyz\n', '        - recipes.lumpiasty.xyz\n'],
    );
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/ingress.yaml', line: 8, message: 'Ingress mealie/mealie uses cluster issuer letsencrypt-staging, not letsencrypt' },
      { file: 'apps/mealie/ingress.yaml', line: 13, message: 'Ingress mealie/mealie uses ingress class nginx, not nginx-ingress' },
      { file: 'apps/mealie/ingress.yaml', line: 15, message: 'Ingress mealie/mealie serves mealie.lumpiasty.xyz without listing it under tls hosts' },
      { file: 'apps/mealie/ingress.yaml', line: 25, message: 'Ingress mealie/mealie lists recipes.lumpiasty.xyz under tls hosts but serves no rule for it' },
    ]);
  });

  it('checks ingress blocks of Helm values, and an Ingress without tls', () => {
    let tree = edit(demo(), 'apps/podinfo/release.yaml', HELM_INGRESS);
    tree = edit(tree, 'apps/podinfo/ingress.yaml', ['  tls:\n    - hosts:\n        - podinfo.lumpiasty.xyz\n      secretName: podinfo-ingress\n', '']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/ingress.yaml', line: 6, message: 'Ingress podinfo/podinfo serves podinfo.lumpiasty.xyz without a tls block: no certificate, plain HTTP' },
      { file: 'apps/podinfo/release.yaml', line: 55, message: 'values.ingress of HelmRelease podinfo/podinfo uses ingress class nginx, not nginx-ingress' },
    ]);
  });
});

describe('flux-lvm-openbao/ingress-edit-in-place', () => {
  const ID = 'flux-lvm-openbao/ingress-edit-in-place';

  it('passes when HTTP-01 is solved in place', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a missing annotation', () => {
    const tree = edit(demo(), 'apps/mealie/ingress.yaml', ['    acme.cert-manager.io/http01-edit-in-place: "true"\n', '']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/ingress.yaml', line: 7, message: 'Ingress mealie/mealie does not set acme.cert-manager.io/http01-edit-in-place: "true"' },
    ]);
  });
});

describe('flux-lvm-openbao/ingress-host', () => {
  const ID = 'flux-lvm-openbao/ingress-host';

  it('passes on subdomains of the domain', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports other names, and reads the domain from the options', () => {
    const tree = edit(demo(), 'apps/podinfo/release.yaml', HELM_INGRESS);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 59, message: 'values.ingress of HelmRelease podinfo/podinfo serves podinfo.example.com, which is not under lumpiasty.xyz' },
    ]);
    expect(lintRule(ID, demo(), { profileOptions: { domain: 'home.example' } }).length).toBe(3);
  });
});
