import { argoBase, edit, lintRule } from '../../testing';

const ID = 'argocd-ceph-eso/vpn-mesh';
const DEP = 'cluster/apps/productivity/whiteboard/deployment.yaml';
const GLUETUN: [string, string] = ['      containers:\n', '      containers:\n      - name: gluetun\n        image: qmcgaw/gluetun:v3.41.1\n'];

describe('argocd-ceph-eso/vpn-mesh', () => {
  it('passes on a VPN pod kept out of the mesh', () => {
    const tree = edit(argoBase(), DEP, GLUETUN, ['        app: whiteboard\n    spec:', '        app: whiteboard\n      annotations:\n        linkerd.io/inject: disabled\n    spec:']);
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports a meshed VPN pod', () => {
    expect(lintRule(ID, edit(argoBase(), DEP, GLUETUN))).toEqual([
      { file: DEP, line: 17, message: 'Deployment whiteboard runs a VPN (container gluetun) but is not kept out of the mesh: no linkerd.io/inject: disabled on the pod or its namespace' },
    ]);
  });
});
