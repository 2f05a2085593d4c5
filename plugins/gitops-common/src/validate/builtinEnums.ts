/**
 * Enumerations of built-in Kubernetes fields. The 1.35 OpenAPI v3 documents carry no `enum`
 * at all (the allowed values are only in descriptions, and the API server checks them in Go),
 * so the most common ones are listed here: schema name → property (`name[]` for list items) → values.
 * Only closed sets are listed (no feature-gated or free-form values).
 */
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const ACCESS_MODES = [
  'ReadWriteOnce',
  'ReadOnlyMany',
  'ReadWriteMany',
  'ReadWriteOncePod',
];
const VOLUME_MODES = ['Block', 'Filesystem'];
const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

export const BUILTIN_ENUMS: Record<string, Record<string, string[]>> = {
  'io.k8s.api.core.v1.ServiceSpec': {
    type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    externalTrafficPolicy: ['Cluster', 'Local'],
    internalTrafficPolicy: ['Cluster', 'Local'],
    sessionAffinity: ['ClientIP', 'None'],
    ipFamilyPolicy: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
    'ipFamilies[]': ['IPv4', 'IPv6'],
  },
  'io.k8s.api.core.v1.ServicePort': { protocol: PROTOCOLS },
  'io.k8s.api.core.v1.ContainerPort': { protocol: PROTOCOLS },
  'io.k8s.api.core.v1.Container': {
    imagePullPolicy: ['Always', 'Never', 'IfNotPresent'],
    terminationMessagePolicy: ['File', 'FallbackToLogsOnError'],
  },
  'io.k8s.api.core.v1.PodSpec': {
    restartPolicy: ['Always', 'OnFailure', 'Never'],
    dnsPolicy: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'],
    preemptionPolicy: ['PreemptLowerPriority', 'Never'],
  },
  'io.k8s.api.core.v1.HTTPGetAction': { scheme: ['HTTP', 'HTTPS'] },
  'io.k8s.api.core.v1.Toleration': {
    operator: ['Exists', 'Equal'],
    effect: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
  },
  'io.k8s.api.core.v1.TopologySpreadConstraint': {
    whenUnsatisfiable: ['DoNotSchedule', 'ScheduleAnyway'],
    nodeAffinityPolicy: ['Honor', 'Ignore'],
    nodeTaintsPolicy: ['Honor', 'Ignore'],
  },
  'io.k8s.api.core.v1.NodeSelectorRequirement': {
    operator: [...SELECTOR_OPERATORS, 'Gt', 'Lt'],
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement': {
    operator: SELECTOR_OPERATORS,
  },
  'io.k8s.api.core.v1.PersistentVolumeClaimSpec': {
    'accessModes[]': ACCESS_MODES,
    volumeMode: VOLUME_MODES,
  },
  'io.k8s.api.core.v1.PersistentVolumeSpec': {
    'accessModes[]': ACCESS_MODES,
    volumeMode: VOLUME_MODES,
    persistentVolumeReclaimPolicy: ['Retain', 'Delete', 'Recycle'],
  },
  'io.k8s.api.apps.v1.DeploymentStrategy': {
    type: ['Recreate', 'RollingUpdate'],
  },
  'io.k8s.api.apps.v1.StatefulSetUpdateStrategy': {
    type: ['RollingUpdate', 'OnDelete'],
  },
  'io.k8s.api.apps.v1.DaemonSetUpdateStrategy': {
    type: ['RollingUpdate', 'OnDelete'],
  },
  'io.k8s.api.apps.v1.StatefulSetSpec': {
    podManagementPolicy: ['OrderedReady', 'Parallel'],
  },
  'io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy': {
    whenDeleted: ['Retain', 'Delete'],
    whenScaled: ['Retain', 'Delete'],
  },
  'io.k8s.api.networking.v1.HTTPIngressPath': {
    pathType: ['Exact', 'Prefix', 'ImplementationSpecific'],
  },
  'io.k8s.api.policy.v1.PodDisruptionBudgetSpec': {
    unhealthyPodEvictionPolicy: ['IfHealthyBudget', 'AlwaysAllow'],
  },
  'io.k8s.api.autoscaling.v2.MetricSpec': {
    type: ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'],
  },
  'io.k8s.api.autoscaling.v2.MetricTarget': {
    type: ['AverageValue', 'Utilization', 'Value'],
  },
  'io.k8s.api.autoscaling.v2.HPAScalingPolicy': { type: ['Pods', 'Percent'] },
  'io.k8s.api.autoscaling.v2.HPAScalingRules': {
    selectPolicy: ['Max', 'Min', 'Disabled'],
  },
  'io.k8s.api.storage.v1.StorageClass': {
    reclaimPolicy: ['Delete', 'Retain'],
    volumeBindingMode: ['Immediate', 'WaitForFirstConsumer'],
  },
  'io.k8s.api.batch.v1.CronJobSpec': {
    concurrencyPolicy: ['Allow', 'Forbid', 'Replace'],
  },
};
