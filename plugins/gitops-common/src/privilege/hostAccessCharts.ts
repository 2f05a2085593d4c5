/**
 * Charts whose default values run pods with host access (privileged containers, host
 * namespaces, hostPath volumes or added capabilities): installing one needs the same
 * permission as writing those settings by hand. The operator replaces the list with
 * `homeport.guardrails.hostAccessCharts`.
 *
 * @public
 */
export const DEFAULT_HOST_ACCESS_CHARTS: readonly string[] = [
  // Node metrics and logs: hostNetwork, hostPID, hostPath /proc, /sys, /var/log.
  'prometheus-node-exporter',
  'kube-prometheus-stack', // installs prometheus-node-exporter by default
  'promtail',
  'fluent-bit',
  'node-problem-detector',
  // Device plugins and node labelling: hostPath /dev, /sys, /var/lib/kubelet/device-plugins.
  'node-feature-discovery',
  'intel-device-plugins-operator',
  'intel-device-plugins-gpu',
  'amd-gpu',
  'gpu-operator',
  'nvidia-device-plugin',
  'generic-device-plugin',
  // Networking: privileged agents on the host network.
  'cilium',
  'tigera-operator',
  'multus',
  'metallb',
  'kube-vip',
  // Storage: privileged CSI node plugins with hostPath mounts.
  'longhorn',
  'openebs',
  'lvm-localpv',
  'zfs-localpv',
  'rook-ceph',
  'rook-ceph-cluster',
  'csi-driver-nfs',
  'csi-driver-smb',
  'democratic-csi',
  'topolvm',
  // Node maintenance and runtime security: privileged, hostPID.
  'kured',
  'falco',
  'spegel',
];

/** The chart name of a chart reference: `prometheus-node-exporter` for `oci://ghcr.io/x/prometheus-node-exporter` or `./charts/cilium`. */
export function chartBaseName(chart: string): string {
  const last = chart.replace(/[/]+$/, '').split('/').pop() ?? chart;
  return last.replace(/:[^:]*$/, '').trim().toLowerCase();
}
