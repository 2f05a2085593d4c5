import { chartRepo, edit, lintRule, withFiles } from '../../testing';

const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-only\n  namespace: api-only\nstringData:\n  TOKEN: x\n';

describe('flux-app-chart/secret-location', () => {
  const ID = 'flux-app-chart/secret-location';

  it('passes on SOPS-encrypted Secrets in the secrets folder', () => {
    expect(lintRule(ID, chartRepo())).toEqual([]);
  });

  it('reports a Secret in an app folder and one not encrypted', () => {
    const tree = withFiles(chartRepo(), { 'kubernetes/apps/api-only/secret.yaml': SECRET, 'kubernetes/secrets/apps/api-only.yaml': SECRET });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'kubernetes/apps/api-only/secret.yaml', line: 4, message: 'Secret api-only is in the apps folder' },
      { file: 'kubernetes/secrets/apps/api-only.yaml', line: 4, message: 'Secret api-only in kubernetes/secrets/apps/api-only.yaml is not SOPS-encrypted' },
    ]);
  });
});

describe('flux-app-chart/app-secret', () => {
  const ID = 'flux-app-chart/app-secret';
  const hasSecrets = () => edit(chartRepo(), 'kubernetes/apps/api-only/release.yaml', ['    exposedPort: 8080\n', '    exposedPort: 8080\n    hasSecrets: true\n']);

  it('passes when the Secret is there', () => {
    expect(lintRule(ID, withFiles(hasSecrets(), { 'kubernetes/secrets/apps/api-only.yaml': `${SECRET}sops:\n  version: 3.7.1\n` }))).toEqual([]);
  });

  it('reports hasSecrets without the Secret', () => {
    expect(lintRule(ID, hasSecrets())).toEqual([
      { file: 'kubernetes/apps/api-only/release.yaml', line: 21, message: 'HelmRelease api-only sets hasSecrets, but Secret api-only/api-only is not in kubernetes/secrets/apps/' },
    ]);
  });
});
