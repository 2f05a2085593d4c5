/**
 * Homeport's permission policy for the Backstage permission backend.
 *
 * @packageDocumentation
 */
export { permissionModuleHomeportPolicy as default } from './module';
export {
  HomeportPermissionPolicy,
  PRIVILEGED_PERMISSIONS,
} from './HomeportPermissionPolicy';
