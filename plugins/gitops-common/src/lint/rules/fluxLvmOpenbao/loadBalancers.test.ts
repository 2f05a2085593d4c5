import { demo, edit, lintRule } from '../../testing';

const HELM_LB = ['    redis:\n      enabled: false\n', '    service:\n      type: LoadBalancer\n      port: 9898\n      portName: http\n'] as [string, string];

describe('flux-lvm-openbao/http-loadbalancer', () => {
  const ID = 'flux-lvm-openbao/http-loadbalancer';

  it('passes on a LoadBalancer for UDP/TCP game traffic', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports HTTP through a LoadBalancer Service or Helm values', () => {
    let tree = edit(demo(), 'apps/teamspeak/service.yaml', ['- name: filetransfer\n      protocol: TCP\n      port: 30033', '- name: web\n      protocol: TCP\n      port: 8080']);
    tree = edit(tree, 'apps/podinfo/release.yaml', HELM_LB);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 59, message: 'values.service of HelmRelease podinfo/podinfo exposes port http (9898) through a LoadBalancer: it looks like HTTP' },
      { file: 'apps/teamspeak/service.yaml', line: 19, message: 'Service teamspeak/teamspeak exposes port web (8080) through a LoadBalancer: it looks like HTTP' },
    ]);
  });
});

describe('flux-lvm-openbao/loadbalancer-policy', () => {
  const ID = 'flux-lvm-openbao/loadbalancer-policy';

  it('passes on externalTrafficPolicy Local and PreferDualStack', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports other policies, or none', () => {
    let tree = edit(demo(), 'apps/teamspeak/service.yaml', ['externalTrafficPolicy: Local', 'externalTrafficPolicy: Cluster']);
    tree = edit(tree, 'apps/podinfo/release.yaml', HELM_LB);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 58, message: 'values.service of HelmRelease podinfo/podinfo has externalTrafficPolicy unset, not Local' },
      { file: 'apps/podinfo/release.yaml', line: 58, message: 'values.service of HelmRelease podinfo/podinfo has ipFamilyPolicy unset, not PreferDualStack' },
      { file: 'apps/teamspeak/service.yaml', line: 24, message: 'Service teamspeak/teamspeak has externalTrafficPolicy Cluster, not Local' },
    ]);
  });
});
