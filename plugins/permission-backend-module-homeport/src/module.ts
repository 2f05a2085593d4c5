import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { HomeportPermissionPolicy } from './HomeportPermissionPolicy';

/**
 * Installs {@link HomeportPermissionPolicy} as the permission backend's policy.
 *
 * @public
 */
export const permissionModuleHomeportPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'homeport-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        policy.setPolicy(HomeportPermissionPolicy.fromConfig(config, { userInfo }));
      },
    });
  },
});
