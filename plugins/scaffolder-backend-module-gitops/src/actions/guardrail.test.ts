import fs from 'node:fs/promises';
import path from 'node:path';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { runGit } from '@homeport/plugin-gitops-node';
import { createTestRepository } from '../__testUtils__/testRepository';
import { createGitopsCheckoutAction } from './checkout';
import { createGitopsLintAction } from './lint';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsRenderAction } from './render';

/** The values of issue 16: host network, privileged as a string, SYS_ADMIN, a hostPath volume. */
const PRIVILEGED_VALUES = {
  hostNetwork: true,
  securityContext: { privileged: 'true', capabilities: { add: ['SYS_ADMIN'] } },
  volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }],
};

const helmApp = (name: string, chart: string, values: object = {}) => [
  { kind: 'app', name, owner: 'group:default/platform', source: { type: 'helm', repository: { type: 'helm', url: 'https://charts.example.com' }, chart, version: '1.2.3', values } },
];

const RAW_POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: llama
  labels:
    backstage.io/kubernetes-id: llama
spec:
  hostPID: true
  containers:
    - name: shell
      image: busybox:1.37.0
      securityContext:
        privileged: true
`;

const PERMISSION = 'Creating a GPU or privileged workload needs the permission gitops.workload.privileged.create';
const ASK = 'Ask a member of the admin groups (homeport.admins) to run this template.';
const LEVEL = 'the baseline level forbids privileged containers, host namespaces, hostPath volumes, host ports and added capabilities.';

describe('the privilege guardrail: one check for specs, Helm values, charts and raw manifests', () => {
  let t: Awaited<ReturnType<typeof createTestRepository>>;
  afterEach(() => t.cleanup());
  const ctx = (input: object, isDryRun = false) => ({ ...createMockActionContext({ input: input as any, workspacePath: t.workspace }), isDryRun });
  const branches = async () => (await runGit(['branch', '--list', '--format=%(refname:short)'], { cwd: t.bare })).trim().split('\n');

  it('refuses privileged Helm values to a guest, explains each setting, and writes nothing', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await expect(createGitopsRenderAction(t.options).handler(ctx({ specs: helmApp('web', 'web', PRIVILEGED_VALUES) }))).rejects.toThrow(
      `${PERMISSION}: apps/web/release.yaml (HelmRelease web): spec.values.hostNetwork is true (shares the host's network namespace); apps/web/release.yaml (HelmRelease web): spec.values.securityContext.privileged is "true" (a privileged container); apps/web/release.yaml (HelmRelease web): spec.values.securityContext.capabilities.add adds SYS_ADMIN; apps/web/release.yaml (HelmRelease web): spec.values.volumes[0].hostPath mounts the host path /var/run/docker.sock. Namespace web would need the PodSecurity level privileged: ${LEVEL} ${ASK}`,
    );
    expect(await runGit(['status', '--porcelain'], { cwd: path.join(t.workspace, 'repo') })).toBe('');
    await expect(fs.stat(path.join(t.workspace, 'changes'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a chart that needs host access by default, from the configured list', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await expect(createGitopsRenderAction(t.options).handler(ctx({ specs: helmApp('exporter', 'prometheus-node-exporter') }))).rejects.toThrow(
      `${PERMISSION}: apps/exporter/release.yaml (HelmRelease exporter): spec.chart.spec.chart installs the chart prometheus-node-exporter, which needs host access by default. Namespace exporter would need the PodSecurity level privileged: ${LEVEL} ${ASK}`,
    );
    // Another list: the chart is an ordinary one.
    const relaxed = { ...t.options, hostAccessCharts: ['cilium'] };
    await createGitopsRenderAction(relaxed).handler(ctx({ specs: helmApp('exporter', 'prometheus-node-exporter') }));
  });

  it('renders privileged values and host-access charts for an admin', async () => {
    t = await createTestRepository(AuthorizeResult.ALLOW);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await createGitopsRenderAction(t.options).handler(ctx({ specs: [...helmApp('web', 'web', PRIVILEGED_VALUES), ...helmApp('exporter', 'prometheus-node-exporter')] }));
    const release = await fs.readFile(path.join(t.workspace, 'changes/apps/web/release.yaml'), 'utf8');
    expect(release).toContain('hostNetwork: true');
    expect(release).toContain('privileged: "true"');
  });

  it('refuses a raw privileged manifest written by another step, in lint and in publish (dry run too), and pushes nothing', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await fs.writeFile(path.join(t.workspace, 'repo/apps/llama/debug.yaml'), RAW_POD);
    const refusal = `${PERMISSION}: apps/llama/debug.yaml (Pod debug): spec.hostPID is true (shares the host's process IDs namespace); apps/llama/debug.yaml (Pod debug): spec.containers[0].securityContext.privileged is true (a privileged container). Namespace llama would need the PodSecurity level privileged: ${LEVEL} ${ASK}`;
    await expect(createGitopsLintAction(t.options).handler(ctx({}))).rejects.toThrow(refusal);
    const publish = { branch: 'homeport/debug', message: 'Add a debug pod' };
    await expect(createGitopsPublishBranchAction(t.options).handler(ctx(publish, true))).rejects.toThrow(refusal);
    await expect(createGitopsPublishBranchAction(t.options).handler(ctx(publish))).rejects.toThrow(refusal);
    expect(await branches()).toEqual(['main']);
  });

  it('publishes the raw manifest for an admin', async () => {
    t = await createTestRepository(AuthorizeResult.ALLOW);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await fs.writeFile(path.join(t.workspace, 'repo/apps/llama/debug.yaml'), RAW_POD);
    await createGitopsPublishBranchAction(t.options).handler(ctx({ branch: 'homeport/debug', message: 'Add a debug pod' }));
    expect(await runGit(['show', 'homeport/debug:apps/llama/debug.yaml'], { cwd: t.bare })).toBe(RAW_POD);
  });

  it('does not count what an app already had: a guest may add a secret to the privileged llama app', async () => {
    t = await createTestRepository(AuthorizeResult.DENY);
    await createGitopsCheckoutAction(t.options).handler(ctx({}));
    await createGitopsRenderAction(t.options).handler(ctx({ specs: [{ kind: 'secret', app: 'llama', name: 'llama-token', path: 'llama/token', keys: ['token'] }] }));
    await createGitopsLintAction(t.options).handler(ctx({ failOn: 'never' }));
    await createGitopsPublishBranchAction(t.options).handler(ctx({ branch: 'homeport/llama-token', message: 'Add a token' }));
    expect(await branches()).toEqual(['homeport/llama-token', 'main']);
  });
});
