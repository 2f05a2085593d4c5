export interface Config {
  homeport?: {
    /** (Optional) The guardrails of Homeport's scaffolder actions. */
    guardrails?: {
      /**
       * (Optional) Names of Helm charts whose default values run pods with host access
       * (privileged containers, host namespaces, hostPath volumes, added capabilities):
       * rendering or publishing a HelmRelease, OCIRepository, Argo CD Application or
       * kustomize `helmCharts` entry for one needs `gitops.workload.privileged.create`,
       * like writing those settings by hand. Matched case-insensitively against the chart
       * name (the last segment of a path or OCI URL). Replaces the default list, which is
       * prometheus-node-exporter, kube-prometheus-stack, promtail, fluent-bit,
       * node-problem-detector, node-feature-discovery, intel-device-plugins-operator,
       * intel-device-plugins-gpu, amd-gpu, gpu-operator, nvidia-device-plugin,
       * generic-device-plugin, cilium, tigera-operator, multus, metallb, kube-vip,
       * longhorn, openebs, lvm-localpv, zfs-localpv, rook-ceph, rook-ceph-cluster,
       * csi-driver-nfs, csi-driver-smb, democratic-csi, topolvm, kured, falco and spegel.
       */
      hostAccessCharts?: string[];
    };
  };
}
