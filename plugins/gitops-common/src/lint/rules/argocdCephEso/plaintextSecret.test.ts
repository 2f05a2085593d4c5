import { argoBase, lintRule, withFiles } from '../../testing';

const ID = 'argocd-ceph-eso/plaintext-secret';
const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bootstrap\ndata:\n  token: aHVudGVyMg==\n';

describe('argocd-ceph-eso/plaintext-secret', () => {
  it('passes on ExternalSecrets and SOPS-encrypted bootstrap Secrets', () => {
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/bootstrap/secret.yaml': `${SECRET}sops:\n  version: 3.9.0\n` }))).toEqual([]);
  });

  it('reports a Secret with values anywhere', () => {
    expect(lintRule(ID, withFiles(argoBase(), { 'cluster/bootstrap/secret.yaml': SECRET }))).toEqual([
      { file: 'cluster/bootstrap/secret.yaml', line: 5, message: 'Secret bootstrap keeps its values in Git (data, not encrypted)' },
    ]);
  });
});
