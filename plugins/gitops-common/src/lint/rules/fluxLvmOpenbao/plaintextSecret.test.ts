import { demo, lintRule, withFiles } from '../../testing';

const ID = 'flux-lvm-openbao/plaintext-secret';

const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\n  namespace: mealie\nstringData:\n  token: hunter2\n';

describe('flux-lvm-openbao/plaintext-secret', () => {
  it('passes without Secrets in Git, and on SOPS-encrypted ones', () => {
    expect(lintRule(ID, demo())).toEqual([]);
    const sops = withFiles(demo(), { 'apps/mealie/api.yaml': `${SECRET.replace('hunter2', 'ENC[AES256_GCM,data:x]')}sops:\n  version: 3.7.1\n` });
    expect(lintRule(ID, sops)).toEqual([]);
  });

  it('reports a Secret with values in the apps folder', () => {
    expect(lintRule(ID, withFiles(demo(), { 'apps/mealie/api.yaml': SECRET }))).toEqual([
      { file: 'apps/mealie/api.yaml', line: 6, message: 'Secret api keeps its values in Git (stringData, not encrypted)' },
    ]);
  });
});
