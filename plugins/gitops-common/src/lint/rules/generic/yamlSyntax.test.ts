import { demo, lintRule, withFiles } from '../../testing';

const ID = 'homeport/yaml-syntax';

describe('homeport/yaml-syntax', () => {
  it('passes on files that parse, and skips chart templates and templated text', () => {
    const tree = withFiles(demo(), {
      'charts/app/Chart.yaml': 'name: app\nversion: 1.0.0\n',
      'charts/app/templates/deployment.yaml': 'metadata:\n  name: {{ .Release.Name }}\n  {{- include "labels" . | nindent 4 }}\n',
      'apps/mealie/notes.yaml': 'a: {{ broken\n',
    });
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports a file that does not parse, and a duplicate key, at their lines', () => {
    const tree = withFiles(demo(), {
      'apps/mealie/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n   namespace: y\n',
      'apps/mealie/dup.yaml': 'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n',
    });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/mealie/bad.yaml', line: 4, message: expect.stringMatching(/^apps\/mealie\/bad\.yaml is not valid YAML: /) },
      { file: 'apps/mealie/dup.yaml', line: 3, message: 'apps/mealie/dup.yaml is not valid YAML: Map keys must be unique' },
    ]);
  });
});
