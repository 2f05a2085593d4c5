import { demo, edit, lintRule } from '../../testing';

const ID = 'homeport/secret-in-values';

describe('homeport/secret-in-values', () => {
  it('passes on values that only name Secrets', () => {
    const tree = edit(demo(), 'apps/podinfo/release.yaml', ['    redis:\n      enabled: false\n', '    auth:\n      existingSecret: podinfo\n      passwordKey: password\n']);
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports a literal credential', () => {
    const tree = edit(demo(), 'apps/podinfo/release.yaml', ['    redis:\n      enabled: false\n', "    auth:\n      password: 'some-password-123'\n"]);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 58, message: 'values.auth.password of HelmRelease podinfo/podinfo is a credential in plaintext' },
    ]);
  });
});
