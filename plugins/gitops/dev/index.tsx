/**
 * The plugin's dev page (`yarn workspace @homeport/plugin-gitops start`): the GitOps tab
 * of the demo services and the overview, reading the stub Kubernetes API server
 * (`node e2e/kube-stub/server.mjs --port 17443`) from the browser, with the demo
 * entities of src/fixtures. `?stub=<url>` reads another stub; `?guest` denies the
 * Kubernetes proxy permission (no Flux buttons).
 */
import { createApp } from '@backstage/frontend-defaults';
import {
  ApiBlueprint,
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  SignInPageBlueprint,
  SignInPageProps,
} from '@backstage/plugin-app-react';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { useEffect } from 'react';
import ReactDOM from 'react-dom/client';
import { demoEntities } from '../src/fixtures';
import { gitopsPlugin } from '../src/plugin';
import { DevPage } from './DevPage';
import { StubServerKubernetesApi } from './StubServerKubernetesApi';

const params = new URLSearchParams(window.location.search);
const stubUrl = params.get('stub') ?? 'http://127.0.0.1:17443';
const result = params.has('guest')
  ? AuthorizeResult.DENY
  : AuthorizeResult.ALLOW;

/** The dev page, and the APIs a backend would otherwise answer. */
const dev = createFrontendModule({
  pluginId: 'gitops',
  extensions: [
    ApiBlueprint.make({
      name: 'dev-kubernetes',
      params: define =>
        define({
          api: kubernetesApiRef,
          deps: {},
          factory: () => new StubServerKubernetesApi(stubUrl),
        }),
    }),
    ApiBlueprint.make({
      name: 'dev-kubernetes-auth',
      params: define =>
        define({
          api: kubernetesAuthProvidersApiRef,
          deps: {},
          factory: () => ({
            decorateRequestBodyForAuth: async (_provider, body) => body,
            getCredentials: async () => ({}),
          }),
        }),
    }),
    ApiBlueprint.make({
      name: 'dev-catalog',
      params: define =>
        define({
          api: catalogApiRef,
          deps: {},
          factory: () => catalogApiMock({ entities: demoEntities }),
        }),
    }),
    PageBlueprint.make({
      name: 'dev',
      params: {
        path: '/',
        title: 'GitOps dev',
        loader: async () => <DevPage stubUrl={stubUrl} />,
      },
    }),
  ],
});

/** Signs the dev page's user in as a guest at once: there is no backend to ask. */
function DevSignIn(props: SignInPageProps) {
  const { onSignInSuccess } = props;
  useEffect(() => {
    const identity = {
      type: 'user' as const,
      userEntityRef: 'user:default/guest',
      ownershipEntityRefs: ['user:default/guest'],
    };
    onSignInSuccess({
      getProfileInfo: async () => ({ displayName: 'Guest' }),
      getBackstageIdentity: async () => identity,
      getCredentials: async () => ({}),
      signOut: async () => {},
    });
  }, [onSignInSuccess]);
  return null;
}

/** Overrides of the app plugin's sign-in page and permission API. */
const devApp = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({ params: { loader: async () => DevSignIn } }),
    ApiBlueprint.make({
      name: 'permission',
      params: define =>
        define({
          api: permissionApiRef,
          deps: {},
          factory: () => ({ authorize: async () => ({ result }) }),
        }),
    }),
  ],
});

const app = createApp({ features: [gitopsPlugin, dev, devApp] });

ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
