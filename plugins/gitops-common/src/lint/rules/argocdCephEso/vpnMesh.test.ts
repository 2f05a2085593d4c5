import { argoBase, edit, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/vpn-mesh';
const DEP = 'cluster/apps/productivity/whiteboard/deployment.yaml';
const NAMESPACES = 'cluster/platform/base/namespaces/application.yaml';
const GLUETUN: [string, string] = ['      containers:\n', '      containers:\n      - name: gluetun\n        image: qmcgaw/gluetun:v3.41.1\n'];
const podAnnotation = (value: string): [string, string] => ['        app: whiteboard\n    spec:', `        app: whiteboard\n      annotations:\n        linkerd.io/inject: ${value}\n    spec:`];
const namespaceInjected: [string, string] = ['  name: productivity\n  annotations:\n', '  name: productivity\n  annotations:\n    linkerd.io/inject: enabled\n'];
const LINKERD_APP = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: linkerd-control-plane
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://helm.linkerd.io/edge
    chart: linkerd-control-plane
    targetRevision: 2025.10.1
  destination:
    server: https://kubernetes.default.svc
    namespace: linkerd
`;

describe('argocd-ceph-eso/vpn-mesh', () => {
  const meshed = () => withFiles(argoBase(), { 'cluster/platform/gitops/argocd/apps/linkerd-app.yaml': LINKERD_APP });

  it('says nothing when the repository installs no mesh, even for a pod that asks for injection', () => {
    expect(lintRule(ID, edit(argoBase(), DEP, GLUETUN, podAnnotation('enabled')))).toEqual([]);
    expect(lintRule(ID, edit(edit(argoBase(), DEP, GLUETUN), NAMESPACES, namespaceInjected))).toEqual([]);
  });

  it('passes on a VPN pod Linkerd does not inject: no annotation (injection is opt-in), or disabled over its namespace', () => {
    expect(lintRule(ID, edit(meshed(), DEP, GLUETUN))).toEqual([]);
    expect(lintRule(ID, edit(edit(meshed(), DEP, GLUETUN, podAnnotation('disabled')), NAMESPACES, namespaceInjected))).toEqual([]);
  });

  it('reports a VPN pod Linkerd injects, by its own annotation or by its namespace', () => {
    expect(lintRule(ID, edit(meshed(), DEP, GLUETUN, podAnnotation('enabled')))).toEqual([
      { file: DEP, line: 16, message: 'Deployment whiteboard runs a VPN (container gluetun) but is meshed: its pod template sets linkerd.io/inject: enabled' },
    ]);
    expect(lintRule(ID, edit(edit(meshed(), DEP, GLUETUN), NAMESPACES, namespaceInjected))).toEqual([
      { file: DEP, line: 17, message: 'Deployment whiteboard runs a VPN (container gluetun) but is meshed: its namespace productivity sets linkerd.io/inject: enabled' },
    ]);
  });
});
