import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KubernetesApi } from '@backstage/plugin-kubernetes-react';
import { DefaultGitopsApi } from '../../api/DefaultGitopsApi';
import { gitopsApiRef } from '../../api/GitopsApi';
import { GitopsBackendApi, gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import {
  FixtureKubernetesApi,
  llamaEntity,
  mealieEntity,
  podinfoEntity,
} from '../../fixtures';
import { GitopsContent } from './GitopsContent';

function render(
  entity = podinfoEntity,
  kube: KubernetesApi = new FixtureKubernetesApi(),
  allow = false,
) {
  const api = new DefaultGitopsApi({
    kubernetesApi: kube,
    catalogApi: { getEntities: jest.fn() },
  });
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <GitopsContent />
    </EntityProvider>,
    {
      apis: [
        [gitopsApiRef, api],
        [gitopsBackendApiRef, { checkSteps: jest.fn() } as Partial<GitopsBackendApi> as GitopsBackendApi],
        mockApis.permission({
          authorize: allow ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
        }),
      ],
    },
  );
}

describe('GitopsContent', () => {
  it('shows every card of podinfo from the cluster', async () => {
    render();
    expect(
      await screen.findByRole('article', {
        name: 'Flux HelmRelease podinfo/podinfo',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Clusters')).toHaveTextContent(
      'Live state from cluster kube-stub, objects labelled backstage.io/kubernetes-id=podinfo.',
    );
    for (const title of [
      'Delivery',
      'Database',
      'Workloads',
      'GPU',
      'Defined in git',
    ]) {
      expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
    }
    expect(
      within(screen.getByRole('region', { name: 'Database' })).getByRole(
        'status',
      ),
    ).toHaveTextContent(/No CloudNativePG Cluster/);
    expect(
      within(screen.getByRole('table', { name: 'Pods' })).getByText(
        'anapistula-delrosalae',
      ),
    ).toBeInTheDocument();
  });

  it('shows mealie database and llama GPU', async () => {
    render(mealieEntity);
    expect(
      await screen.findByRole('article', {
        name: 'CloudNativePG Cluster mealie/mealie-db',
      }),
    ).toBeInTheDocument();
  });

  it('shows the GPU pod of llama', async () => {
    render(llamaEntity);
    const gpu = await screen.findByRole('table', { name: 'GPU pods' });
    expect(within(gpu).getByText('anapistula-delrosalae')).toBeInTheDocument();
  });

  it('shows the error of the Kubernetes backend in every live card, and what git defines', async () => {
    const kube = new FixtureKubernetesApi();
    jest
      .spyOn(kube, 'getObjectsByEntity')
      .mockRejectedValue(
        new Error('Request failed with 503 Service Unavailable'),
      );
    render(podinfoEntity, kube);
    await waitFor(() =>
      expect(
        screen.getAllByText('Error: Could not read the cluster state'),
      ).toHaveLength(4),
    );
    expect(
      screen.getAllByText('Request failed with 503 Service Unavailable'),
    ).toHaveLength(4);
    expect(screen.getByRole('list', { name: 'Files' })).toBeInTheDocument();
  });

  it('shows the errors a cluster reported', async () => {
    const kube = new FixtureKubernetesApi();
    jest.spyOn(kube, 'getObjectsByEntity').mockResolvedValue({
      items: [
        {
          cluster: { name: 'kube-stub' },
          resources: [],
          podMetrics: [],
          errors: [
            {
              errorType: 'UNAUTHORIZED_ERROR',
              statusCode: 401,
              resourcePath: '/api/v1/namespaces/podinfo/pods',
            },
          ],
        },
      ],
    });
    render(podinfoEntity, kube);
    expect(
      await screen.findByText('Error: The cluster reported 1 error'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'kube-stub: UNAUTHORIZED_ERROR (HTTP 401) for /api/v1/namespaces/podinfo/pods',
      ),
    ).toBeInTheDocument();
  });

  it('reads the state again after reconcile', async () => {
    const kube = new FixtureKubernetesApi();
    const reads = jest.spyOn(kube, 'getObjectsByEntity');
    render(podinfoEntity, kube, true);
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    await userEvent.click(
      await within(release).findByRole('button', { name: 'Reconcile now' }),
    );
    await waitFor(() => expect(reads).toHaveBeenCalledTimes(2));
    expect(kube.patches).toHaveLength(1);
  });
});
