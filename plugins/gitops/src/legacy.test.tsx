import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { mockApis } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { DefaultGitopsApi } from './api/DefaultGitopsApi';
import { DefaultGitopsBackendApi } from './api/DefaultGitopsBackendApi';
import { gitopsApiRef } from './api/GitopsApi';
import { gitopsBackendApiRef } from './api/GitopsBackendApi';
import { demoEntities, demoObjects, demoPendingChanges, FixtureKubernetesApi } from './fixtures';
import { GitopsPage, gitopsLegacyPlugin } from './legacy';

describe('gitopsLegacyPlugin', () => {
  it('provides the GitOps API from the Kubernetes and catalog APIs, and the backend plugin\'s API', () => {
    const factories = [...gitopsLegacyPlugin.getApis()];
    expect(gitopsLegacyPlugin.getId()).toBe('gitops');
    expect(factories.map(f => f.api.id)).toEqual(['plugin.gitops.service', 'plugin.gitops.backend']);
    expect(Object.values(factories[1].deps).map(d => d.id)).toEqual(['core.discovery', 'core.fetch']);
    expect(factories[1].factory({ discoveryApi: {} as never, fetchApi: {} as never })).toBeInstanceOf(DefaultGitopsBackendApi);
    expect(Object.values(factories[0].deps).map(d => d.id)).toEqual([
      kubernetesApiRef.id,
      kubernetesAuthProvidersApiRef.id,
      catalogApiRef.id,
    ]);
    const api = factories[0].factory({
      kubernetesApi: new FixtureKubernetesApi(demoObjects()),
      kubernetesAuthProvidersApi: {} as never,
      catalogApi: catalogApiMock({ entities: demoEntities }),
    });
    expect(api).toBeInstanceOf(DefaultGitopsApi);
  });

  it('GitopsPage shows the overview page of every service', async () => {
    const catalogApi = catalogApiMock({ entities: demoEntities });
    const gitopsApi = new DefaultGitopsApi({
      kubernetesApi: new FixtureKubernetesApi(demoObjects()),
      catalogApi,
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [catalogApiRef, catalogApi],
          [gitopsApiRef, gitopsApi],
          [gitopsBackendApiRef, { listPendingChanges: async () => demoPendingChanges, listRepositories: async () => ({ items: [] }) }],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <Routes>
          <Route path="/gitops" element={<GitopsPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/gitops'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(await screen.findByText('4 of 4 services')).toBeInTheDocument();
  });
});
