import { createBackendPlugin, createServiceFactory } from '@backstage/backend-plugin-api';
import { ServiceFactoryTester, startTestBackend } from '@backstage/backend-test-utils';
import { createBuiltinRegistry, createFluxHelmProfile, fluxAppTemplateDocument, ProfileRegistry } from '@homeport/plugin-gitops-common';
import { gitopsProfileRegistryServiceRef } from './profileRegistryServiceRef';

describe('gitopsProfileRegistryServiceRef', () => {
  it('holds the built-ins by default', async () => {
    let registry: ProfileRegistry | undefined;
    const probe = createBackendPlugin({
      pluginId: 'probe',
      register(reg) {
        reg.registerInit({
          deps: { profiles: gitopsProfileRegistryServiceRef },
          async init({ profiles }) {
            registry = profiles;
          },
        });
      },
    });
    const backend = await startTestBackend({ features: [probe] });
    expect(registry!.ids()).toEqual(['flux-lvm-openbao', 'argocd-ceph-eso', 'flux-app-chart', 'flux-app-template']);
    await backend.stop();
  });

  it('takes a convention a backend registers by replacing the factory', async () => {
    const factory = createServiceFactory({
      service: gitopsProfileRegistryServiceRef,
      deps: {},
      factory: () =>
        createBuiltinRegistry().register('my-lab', options => createFluxHelmProfile({ ...fluxAppTemplateDocument(options), metadata: { name: 'my-lab' } })),
    });
    const registry = await ServiceFactoryTester.from(factory).getSubject();
    expect(registry.create('my-lab', { domain: 'lab.example' }).defaults).toEqual({ domain: 'lab.example', namespace: 'default' });
    expect(() => registry.register('my-lab', () => registry.create('flux-app-template'))).toThrow("A profile 'my-lab' is registered already");
  });
});
