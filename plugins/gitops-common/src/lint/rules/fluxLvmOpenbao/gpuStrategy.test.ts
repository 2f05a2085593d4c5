import { demo, edit, lintRule } from '../../testing';

const ID = 'flux-lvm-openbao/gpu-strategy';

describe('flux-lvm-openbao/gpu-strategy', () => {
  it('passes on one replica with Recreate', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a rolling update and more replicas', () => {
    const tree = edit(demo(), 'apps/llama/deployment.yaml', ['  replicas: 1\n  strategy:\n    type: Recreate\n', '  replicas: 2\n']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/llama/deployment.yaml', line: 10, message: 'Deployment llama-swap uses a GPU but not strategy Recreate: a rolling update starts a second pod that cannot get the device' },
      { file: 'apps/llama/deployment.yaml', line: 12, message: 'Deployment llama-swap uses a GPU with 2 replicas' },
    ]);
  });
});
