import { stringify } from 'yaml';
import { describePrivilege } from './describePrivilege';
import { privilegeOfChanges, privilegeOfFiles } from './privilegeOfFiles';

const RELEASE = {
  apiVersion: 'helm.toolkit.fluxcd.io/v2',
  kind: 'HelmRelease',
  metadata: { name: 'web', namespace: 'web' },
  spec: {
    chart: { spec: { chart: 'web', version: '1.2.3' } },
    values: {
      hostNetwork: true,
      securityContext: { privileged: 'true' },
      containerSecurityContext: { capabilities: { add: ['NET_BIND_SERVICE', 'SYS_ADMIN'], drop: ['ALL'] } },
      volumes: [{ name: 'run', hostPath: { path: '/var/run' } }],
      persistence: { enabled: true },
    },
  },
};

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: llama
spec:
  hostPID: true
  containers:
    - name: shell
      image: busybox:1.37.0
      securityContext:
        privileged: true
      resources:
        limits:
          amd.com/gpu: 1
`;

describe('privilegeOfFiles', () => {
  it('finds privileged Helm values at any depth, strings included', () => {
    expect(privilegeOfFiles([{ path: 'apps/web/release.yaml', content: stringify(RELEASE) }])).toEqual([
      { file: 'apps/web/release.yaml', object: 'HelmRelease web', namespace: 'web', level: 'privileged', what: 'spec.values.hostNetwork is true (shares the host\'s network namespace)' },
      { file: 'apps/web/release.yaml', object: 'HelmRelease web', namespace: 'web', level: 'privileged', what: 'spec.values.securityContext.privileged is "true" (a privileged container)' },
      { file: 'apps/web/release.yaml', object: 'HelmRelease web', namespace: 'web', level: 'privileged', what: 'spec.values.containerSecurityContext.capabilities.add adds SYS_ADMIN' },
      { file: 'apps/web/release.yaml', object: 'HelmRelease web', namespace: 'web', level: 'privileged', what: 'spec.values.volumes[0].hostPath mounts the host path /var/run' },
    ]);
  });

  it('finds the same settings in a raw manifest, and GPU requests', () => {
    expect(privilegeOfFiles([{ path: 'apps/llama/debug.yaml', content: POD }]).map(f => `${f.level} ${f.what}`)).toEqual([
      "privileged spec.hostPID is true (shares the host's process IDs namespace)",
      'privileged spec.containers[0].securityContext.privileged is true (a privileged container)',
      'baseline spec.containers[0].resources.limits requests the GPU amd.com/gpu',
    ]);
  });

  it('reads YAML embedded in strings: Argo CD helm.values and kustomize patches', () => {
    const app = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'exporter', namespace: 'argocd' },
      spec: {
        destination: { namespace: 'monitoring' },
        source: { chart: 'exporter', helm: { values: 'daemonset:\n  hostIPC: yes\n' } },
      },
    };
    expect(privilegeOfFiles([{ path: 'apps/exporter.yaml', content: stringify(app) }])).toEqual([
      { file: 'apps/exporter.yaml', object: 'Application exporter', namespace: 'monitoring', level: 'privileged', what: 'spec.source.helm.values(yaml).daemonset.hostIPC is "yes" (shares the host\'s IPC namespace)' },
    ]);
  });

  it('flags charts that need host access by default, by name, from the configured list', () => {
    const release = { ...RELEASE, spec: { chart: { spec: { chart: 'prometheus-node-exporter', version: '4.47.0' } } } };
    const oci = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'OCIRepository', metadata: { name: 'cilium', namespace: 'kube-system' }, spec: { url: 'oci://ghcr.io/example/charts/cilium' } };
    const files = [{ path: 'a.yaml', content: `${stringify(release)}---\n${stringify(oci)}` }];
    expect(privilegeOfFiles(files).map(f => f.what)).toEqual([
      'spec.chart.spec.chart installs the chart prometheus-node-exporter, which needs host access by default',
      'spec.url installs the chart cilium, which needs host access by default',
    ]);
    expect(privilegeOfFiles(files, { hostAccessCharts: ['Cilium'] }).map(f => f.what)).toEqual([
      'spec.url installs the chart cilium, which needs host access by default',
    ]);
  });

  it('leaves plain workloads, false settings and baseline capabilities alone', () => {
    const plain = {
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { template: { spec: { hostNetwork: false, containers: [{ name: 'web', securityContext: { privileged: 'false', capabilities: { add: ['CHOWN'] } }, ports: [{ hostPort: 0 }] }] } } },
    };
    expect(privilegeOfFiles([{ path: 'd.yaml', content: stringify(plain) }, { path: 'Makefile', content: 'all:\n\techo hi\n' }])).toEqual([]);
  });

  it('explains a refusal with the settings and the PodSecurity level', () => {
    const findings = privilegeOfFiles([{ path: 'apps/llama/debug.yaml', content: POD }]);
    expect(describePrivilege(findings, 'gitops.workload.privileged.create')).toBe(
      "Creating a GPU or privileged workload needs the permission gitops.workload.privileged.create: apps/llama/debug.yaml (Pod debug): spec.hostPID is true (shares the host's process IDs namespace); apps/llama/debug.yaml (Pod debug): spec.containers[0].securityContext.privileged is true (a privileged container); apps/llama/debug.yaml (Pod debug): spec.containers[0].resources.limits requests the GPU amd.com/gpu. Namespace llama would need the PodSecurity level privileged: the baseline level forbids privileged containers, host namespaces, hostPath volumes, host ports and added capabilities. Ask a member of the admin groups (homeport.admins) to run this template.",
    );
  });

  it('counts only what a modification adds', () => {
    const previous = POD;
    const content = POD.replace('  hostPID: true\n', '  hostPID: true\n  hostNetwork: true\n');
    expect(privilegeOfChanges([{ path: 'apps/llama/debug.yaml', content, previous }]).map(f => f.what)).toEqual([
      "spec.hostNetwork is true (shares the host's network namespace)",
    ]);
    expect(privilegeOfChanges([{ path: 'apps/llama/debug.yaml', content: previous, previous }])).toEqual([]);
  });
});
