import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import {
  mealieEntity,
  podinfoEntity,
  stateFor,
  variants,
} from '../../fixtures';
import { parseCnpgCluster } from '../../model/database';
import { DatabaseCard } from './DatabaseCard';

describe('DatabaseCard', () => {
  it('shows the CNPG cluster of mealie: instances, primary, phase, storage', async () => {
    await renderInTestApp(
      <DatabaseCard
        value={stateFor(mealieEntity)}
        loading={false}
        kubernetesId="mealie"
      />,
    );
    const db = screen.getByRole('article', {
      name: 'CloudNativePG Cluster mealie/mealie-db',
    });
    expect(within(db).getByText('Ready')).toBeInTheDocument();
    expect(
      within(db).getByText('Cluster in healthy state'),
    ).toBeInTheDocument();
    expect(within(db).getByLabelText('Instances')).toHaveTextContent(
      '1 of 1 ready',
    );
    expect(within(db).getByText('mealie-db-1')).toBeInTheDocument();
    expect(within(db).getByText('2Gi on ssd-lvmpv')).toBeInTheDocument();
    expect(
      within(db).getByText('ghcr.io/cloudnative-pg/postgresql:17.4'),
    ).toBeInTheDocument();
  });

  it('shows a failover', async () => {
    const state = {
      ...stateFor(mealieEntity),
      databases: [parseCnpgCluster('kube-stub', variants.cnpgFailingOver())],
    };
    await renderInTestApp(
      <DatabaseCard value={state} loading={false} kubernetesId="mealie" />,
    );
    const db = screen.getByRole('article', {
      name: 'CloudNativePG Cluster mealie/mealie-db',
    });
    expect(within(db).getByText('Progressing')).toBeInTheDocument();
    expect(within(db).getByLabelText('Instances')).toHaveTextContent(
      '2 of 3 ready',
    );
    expect(
      within(db).getByText('mealie-db-1 (switching to mealie-db-2)'),
    ).toBeInTheDocument();
    expect(
      within(db).getByText('Failing over from mealie-db-1 to mealie-db-2'),
    ).toBeInTheDocument();
    expect(within(db).getByText('10Gi on ceph-block')).toBeInTheDocument();
    expect(within(db).getByText('2Gi')).toBeInTheDocument();
  });

  it('says when the service has no database', async () => {
    await renderInTestApp(
      <DatabaseCard
        value={stateFor(podinfoEntity)}
        loading={false}
        kubernetesId="podinfo"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'No CloudNativePG Cluster carries the label backstage.io/kubernetes-id=podinfo in any cluster.',
    );
  });

  it('shows loading', async () => {
    await renderInTestApp(<DatabaseCard loading kubernetesId="mealie" />);
    expect(
      await screen.findByLabelText('Loading Database'),
    ).toBeInTheDocument();
  });

  it('shows the error', async () => {
    await renderInTestApp(
      <DatabaseCard
        loading={false}
        error={new Error('boom')}
        kubernetesId="mealie"
      />,
    );
    expect(
      screen.getByText('Error: Could not read the cluster state'),
    ).toBeInTheDocument();
    expect(screen.getByText('boom')).toBeInTheDocument();
  });
});
