export {
  gitopsPrivilegedWorkloadCreatePermission,
  gitopsDeliveryReconcilePermission,
  gitopsServiceDataDeletePermission,
  gitopsPermissions,
} from './permissions';
