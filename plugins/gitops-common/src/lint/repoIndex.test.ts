import { MapFileTree } from '../tree/FileTree';
import { RepoIndex } from './repoIndex';

describe('RepoIndex', () => {
  const tree = new MapFileTree({
    'apps/a/deployment.yaml': '# comment\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: a\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27.0\n---\n',
    'apps/a/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  k: ENC[AES256_GCM,data:x]\nsops:\n  version: 3.7.1\n',
    'apps/a/broken.yaml': 'a: [\n',
    'apps/a/templated.yaml': 'name: {{ .Values.name }\n',
    'charts/x/Chart.yaml': 'name: x\n',
    'charts/x/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
    'README.md': '# not yaml\n',
  });
  const index = new RepoIndex(tree);

  it('parses every YAML document once, with its position', () => {
    expect(index.docs.map(d => [d.file, d.index, d.kind])).toEqual([
      ['apps/a/deployment.yaml', 0, 'Deployment'],
      ['apps/a/secret.yaml', 0, 'Secret'],
      ['charts/x/Chart.yaml', 0, undefined],
    ]);
    expect(index.objects('Deployment').map(d => d.label)).toEqual(['Deployment web']);
  });

  it('gives the line of the key at a path, or of the deepest node that exists', () => {
    const [d] = index.docsOf('apps/a/deployment.yaml');
    expect(d.line()).toBe(3);
    expect(d.line(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe(13);
    expect(d.line(['spec', 'template', 'spec', 'containers', 0])).toBe(12);
    expect(d.line(['spec', 'template', 'spec', 'nodeSelector'])).toBe(10);
    expect(d.scalarText(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe('nginx:1.27.0');
  });

  it('marks SOPS files, reports YAML errors and skips templates', () => {
    expect(index.docsOf('apps/a/secret.yaml')[0].sops).toBe(true);
    expect(index.syntaxErrors).toEqual([{ file: 'apps/a/broken.yaml', line: 1, message: expect.any(String) }]);
    expect([...index.skipped].sort()).toEqual(['apps/a/templated.yaml', 'charts/x/templates/cm.yaml']);
  });
});
