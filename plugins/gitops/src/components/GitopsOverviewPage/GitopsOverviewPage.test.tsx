import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DefaultGitopsApi } from '../../api/DefaultGitopsApi';
import { GitopsApi, gitopsApiRef } from '../../api/GitopsApi';
import { gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import {
  chartsFolderUnderstanding,
  demoEntities,
  demoObjects,
  demoPendingChanges,
  FixtureKubernetesApi,
  manyDeliveryIndex,
  manyServiceEntities,
  systemWithUnderstanding,
} from '../../fixtures';
import { GitopsOverviewPage } from './GitopsOverviewPage';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function render(
  catalogApi: ReturnType<typeof catalogApiMock>,
  gitopsApi: Partial<GitopsApi>,
) {
  return renderInTestApp(<GitopsOverviewPage />, {
    mountedRoutes,
    apis: [
      [catalogApiRef, catalogApi],
      [gitopsApiRef, gitopsApi as GitopsApi],
      [gitopsBackendApiRef, { listPendingChanges: async () => demoPendingChanges }],
      mockApis.permission(),
    ],
  });
}

function rowTexts() {
  const table = screen.getByRole('table', { name: 'GitOps services' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(r =>
      within(r)
        .getAllByRole('cell')
        .map(c => c.textContent),
    );
}

describe('GitopsOverviewPage', () => {
  it('lists every demo service with its delivery state, owner and findings', async () => {
    const catalogApi = catalogApiMock({ entities: demoEntities });
    const kube = new FixtureKubernetesApi(
      demoObjects({ scenarios: ['podinfo-upgrade-failed'] }),
    );
    render(
      catalogApi,
      new DefaultGitopsApi({ kubernetesApi: kube, catalogApi }),
    );
    expect(await screen.findByText('4 of 4 services')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText('reading…')).not.toBeInTheDocument(),
    );
    expect(rowTexts()).toEqual([
      [
        'llama',
        'demo',
        'ai',
        'no labelled Flux or Argo CD object',
        '0',
        'llama',
      ],
      [
        'Mealie',
        'demo',
        'home',
        'no labelled Flux or Argo CD object',
        '0',
        'mealie',
      ],
      [
        'podinfo',
        'demo',
        'platform',
        expect.stringMatching(
          /^Failing: HelmRelease podinfoHelm upgrade failed for release podinfo\/podinfo/,
        ),
        '0',
        'podinfo',
      ],
      [
        'teamspeak',
        'demo',
        'media',
        'no labelled Flux or Argo CD object',
        '0',
        'teamspeak',
      ],
    ]);
    expect(screen.getByRole('link', { name: 'Mealie' })).toHaveAttribute(
      'href',
      '/catalog/default/component/mealie/gitops',
    );
  });

  it('says when no service comes from a GitOps repository', async () => {
    render(catalogApiMock({ entities: [] }), {
      getDeliveryIndex: async () => manyDeliveryIndex(0),
    });
    expect(
      await screen.findByText(
        /No service in the catalog comes from a GitOps repository/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the catalog error and the cluster error', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn().mockRejectedValue(new Error('catalog down')),
    });
    render(catalogApi, {
      getDeliveryIndex: jest
        .fn()
        .mockRejectedValue(new Error('kubernetes down')),
    });
    expect(
      await screen.findByText(
        'Error: Could not read the services from the catalog',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Error: Could not read what Homeport understood of the repositories',
      ),
    ).toBeInTheDocument();
    // The services' query and the Systems' query both failed.
    expect(screen.getAllByText('catalog down')).toHaveLength(2);
    expect(
      screen.getByText(
        'Error: Could not read the delivery state from the clusters',
      ),
    ).toBeInTheDocument();
  });

  it('explains a missing repository entity', async () => {
    render(catalogApiMock({ entities: manyServiceEntities(3) }), {
      getDeliveryIndex: async () => ({
        byKubernetesId: new Map(),
        repositories: [],
        issues: [],
        perService: false,
      }),
    });
    expect(
      await screen.findByText(
        'Info: No delivery state: no repository entity to read it through',
      ),
    ).toBeInTheDocument();
  });

  it('pages, searches and filters 2,000 services, rendering one page of rows', async () => {
    render(catalogApiMock({ entities: manyServiceEntities(2000) }), {
      getDeliveryIndex: async () => manyDeliveryIndex(2000),
    });
    expect(
      await screen.findByText('2000 of 2000 services', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText('reading…')).not.toBeInTheDocument(),
    );
    expect(rowTexts()).toHaveLength(25);
    expect(screen.getByText('1-25 of 2000')).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search services' }),
      'svc-19',
    );
    await waitFor(() =>
      expect(screen.getByText('100 of 2000 services')).toBeInTheDocument(),
    );
    expect(rowTexts()[0][0]).toBe('svc-1900');

    await userEvent.click(screen.getByLabelText('With findings'));
    expect(await screen.findByText('20 of 2000 services')).toBeInTheDocument();
    await userEvent.clear(
      screen.getByRole('textbox', { name: 'Search services' }),
    );
    expect(await screen.findByText('400 of 2000 services')).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('With findings'));
    const deliveryFilter = screen
      .getAllByRole('button', { name: /Delivery/ })
      .find(b => b.getAttribute('aria-haspopup') === 'listbox')!;
    await userEvent.click(deliveryFilter);
    await userEvent.click(
      await screen.findByRole('option', { name: 'Failing' }),
    );
    expect(await screen.findByText('223 of 2000 services')).toBeInTheDocument();
    expect(rowTexts().every(r => r[3]!.startsWith('Failing'))).toBe(true);
  }, 30000);

  it("shows what the read did not understand of a repository, from its System's annotation", async () => {
    const entities = [
      ...demoEntities.filter(e => e.kind !== 'System'),
      systemWithUnderstanding(chartsFolderUnderstanding),
    ];
    const catalogApi = catalogApiMock({ entities });
    render(catalogApi, {
      getDeliveryIndex: async () => ({
        byKubernetesId: new Map(),
        issues: [],
        repositories: [],
        perService: true,
      }),
    } as Partial<GitopsApi>);
    expect(
      await screen.findByText('What Homeport understood of demo'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Not understood' }))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      "charts/api (Helm chart): chart 'api' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
      "charts/web (Helm chart): chart 'web' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
    ]);
  });

  it('shows no understanding card when every repository was understood', async () => {
    const catalogApi = catalogApiMock({ entities: demoEntities });
    const getEntities = jest.spyOn(catalogApi, 'getEntities');
    render(catalogApi, {
      getDeliveryIndex: async () => ({
        byKubernetesId: new Map(),
        issues: [],
        repositories: [],
        perService: true,
      }),
    } as Partial<GitopsApi>);
    expect(await screen.findByText('4 of 4 services')).toBeInTheDocument();
    // Both catalog queries (the services, the Systems with a report) have answered.
    await waitFor(() =>
      expect(
        getEntities.mock.calls
          .map(([r]) => (r?.filter as { kind?: string })?.kind)
          .sort(),
      ).toEqual(['Component', 'System']),
    );
    await Promise.all(getEntities.mock.results.map(r => r.value));
    expect(
      screen.queryByText(/What Homeport understood/),
    ).not.toBeInTheDocument();
  });
});
