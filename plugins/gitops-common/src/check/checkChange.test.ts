import { DEMO_REPO } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { checkChange } from './checkChange';

const demo = readTreeSync(DEMO_REPO);
const lint = { profile: 'flux-lvm-openbao' } as const;

const ingress = (namespace: string, name: string, host: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ${namespace}
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
    acme.cert-manager.io/http01-edit-in-place: "true"
spec:
  ingressClassName: nginx-ingress
  rules:
    - host: ${host}
  tls:
    - hosts: [${host}]
      secretName: ${name}-ingress
`;

function listed(folder: string, file: string): [string, string] {
  const path = `apps/${folder}/kustomization.yaml`;
  return [path, `${demo.read(path)!.trimEnd()}\n  - ${file}\n`];
}

describe('checkChange', () => {
  it('names the build a second Ingress of an app breaks, and the duplicate-object finding on the old file', () => {
    const changes: [string, string][] = [
      ['apps/podinfo/ingress-second.yaml', ingress('podinfo', 'podinfo', 'second.lumpiasty.xyz')],
      listed('podinfo', 'ingress-second.yaml'),
    ];
    const check = checkChange(demo, demo.with(changes), changes.map(([p]) => p), lint);
    expect(check.builds).toEqual([
      {
        kustomization: 'apps',
        message: 'Ingress podinfo/podinfo is defined twice in the build of apps/podinfo: in apps/podinfo/ingress.yaml and in apps/podinfo/ingress-second.yaml',
      },
    ]);
    expect(check.findings.map(f => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([
      'homeport/duplicate-object apps/podinfo/ingress.yaml:6 Ingress podinfo/podinfo is already defined in apps/podinfo/ingress-second.yaml:4',
    ]);
  });

  it('leaves out what was broken before the change, and a clean change gives nothing', () => {
    const broken = demo.with([listed('mealie', 'missing.yaml')]);
    const changes: [string, string][] = [
      ['apps/podinfo/ingress-second.yaml', ingress('podinfo', 'podinfo-second', 'second.lumpiasty.xyz')],
      listed('podinfo', 'ingress-second.yaml'),
    ];
    const check = checkChange(broken, broken.with(changes), changes.map(([p]) => p), lint);
    expect(check.builds).toEqual([]);
    expect(check.findings).toEqual([]);
  });

  it('names a listed file the change deletes', () => {
    const changed = demo.with([['apps/podinfo/ingress.yaml', undefined]]);
    const check = checkChange(demo, changed, ['apps/podinfo/ingress.yaml'], lint);
    expect(check.builds).toEqual([
      { kustomization: 'apps', message: "apps/podinfo/kustomization.yaml: resources entry 'ingress.yaml' names a file or folder that does not exist" },
    ]);
  });
});
