export {
  gitopsPrivilegedWorkloadCreatePermission,
  gitopsDeliveryReconcilePermission,
  gitopsPermissions,
} from './permissions';
