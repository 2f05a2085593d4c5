import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { readGitopsAnnotations } from '../../annotations';
import { llamaEntity, podinfoEntity, stateFor } from '../../fixtures';
import { GpuCard } from './GpuCard';

describe('GpuCard', () => {
  const git = readGitopsAnnotations(llamaEntity).workloads;

  it('shows the GPU pod of llama: node, privileged, /dev/kfd and /dev/dri, and what git asks for', async () => {
    await renderInTestApp(
      <GpuCard
        value={stateFor(llamaEntity)}
        loading={false}
        kubernetesId="llama"
        gitWorkloads={git}
      />,
    );
    expect(screen.getByLabelText('GPU in git')).toHaveTextContent(
      'In git: Deployment llama-swap asks for amd.com/gpu × 1 (host device)',
    );
    const rows = within(screen.getByRole('table', { name: 'GPU pods' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(1);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      expect.stringMatching(/^llama\/llama-swap-/),
      'anapistula-delrosalae',
      'AMD GPU through host device /dev/kfd (no device plugin request)',
      'yes',
      '/dev/dri (GPU render nodes), /dev/kfd (AMD GPU compute (ROCm))',
    ]);
  });

  it('shows device plugin requests', async () => {
    const state = stateFor(llamaEntity);
    const pod = state.pods.find(p => p.owner?.name === 'llama-swap')!;
    pod.gpu = {
      requests: [{ resource: 'amd.com/gpu', count: '1' }],
      privileged: false,
      deviceMounts: [],
    };
    await renderInTestApp(
      <GpuCard
        value={state}
        loading={false}
        kubernetesId="llama"
        gitWorkloads={git}
      />,
    );
    expect(screen.getByText('amd.com/gpu: 1')).toBeInTheDocument();
  });

  it('warns when git asks for a GPU no pod uses', async () => {
    await renderInTestApp(
      <GpuCard
        value={stateFor(llamaEntity, [])}
        loading={false}
        kubernetesId="llama"
        gitWorkloads={git}
      />,
    );
    expect(
      screen.getByText(
        'Warning: Git asks for a GPU, but no pod of this service uses one',
      ),
    ).toBeInTheDocument();
  });

  it('says when the service uses no GPU', async () => {
    await renderInTestApp(
      <GpuCard
        value={stateFor(podinfoEntity)}
        loading={false}
        kubernetesId="podinfo"
        gitWorkloads={[]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'No pod requests a GPU, runs privileged or mounts host devices.',
    );
  });
});
