// The privilege guardrail and the dry-run rule through the running backend's REST API, as
// the guest (e2e/run.sh's sqlite run) and as an admin (HOMEPORT_E2E_ADMIN=1, the
// sqlite-admin run): privileged Helm values, a host-access chart and a raw privileged
// manifest are refused to the guest with nothing pushed, and go through for an admin; a
// hand-written template body cannot be dry-run by the guest.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { scaffolderApi } from './scaffolderApi.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
const admin = process.env.HOMEPORT_E2E_ADMIN === '1';
let token;

const { api, runTemplate, signInWhenReady } = scaffolderApi(() => token, base);

const git = (...args) => execFileSync('git', args, { cwd: repo }).toString();
const branchExists = branch => git('branch', '--list', branch).trim() !== '';
const branchFiles = branch => git('diff', '--name-status', `main...${branch}`).trim().split('\n').sort();

before(async () => {
  token = process.env.HOMEPORT_E2E_TOKEN;
  token = await signInWhenReady('template/default/e2e-raw-manifest', 'template/default/gitops-web-app-helm', `user/default/${admin ? 'ada' : 'guest'}`);
});

const PERMISSION = 'Creating a GPU or privileged workload needs the permission gitops.workload.privileged.create';
const LEVEL = 'would need the PodSecurity level privileged: the baseline level forbids privileged containers, host namespaces, hostPath volumes, host ports and added capabilities. Ask a member of the admin groups (homeport.admins) to run this template.';

const helmApp = (name, chart, version, values) => ({
  name, owner: 'group:default/platform', repositoryType: 'helm', repositoryUrl: 'https://charts.example.com', chart, version, expose: false, gitopsRepository: 'demo', ...(values ? { values } : {}),
});
const PRIVILEGED_VALUES = {
  hostNetwork: true,
  securityContext: { privileged: 'true', capabilities: { add: ['SYS_ADMIN'] } },
  volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }],
};
const HELM_FILES = name => ['M\tapps/kustomization.yaml', `A\tapps/${name}/catalog-info.yaml`, `A\tapps/${name}/kustomization.yaml`, `A\tapps/${name}/namespace.yaml`, `A\tapps/${name}/release.yaml`].sort();

test(`privileged Helm values are ${admin ? 'pushed for an admin' : 'refused to the guest, nothing pushed'}`, async () => {
  const run = await runTemplate('gitops-web-app-helm', helmApp('privweb', 'web', '1.2.3', PRIVILEGED_VALUES));
  if (admin) {
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(branchFiles('homeport/privweb'), HELM_FILES('privweb'));
    const docs = parseAllDocuments(git('show', 'homeport/privweb:apps/privweb/release.yaml')).map(d => d.toJS());
    assert.deepEqual(docs.map(d => d.kind), ['HelmRepository', 'HelmRelease']);
    assert.deepEqual(docs[1].spec.values, PRIVILEGED_VALUES);
    assert.match(run.log, /The change needs host access or a GPU \(apps\/privweb\/release\.yaml: spec\.values\.hostNetwork is true/);
  } else {
    assert.equal(run.status, 'failed');
    const f = 'apps/privweb/release.yaml (HelmRelease privweb)';
    assert.ok(
      run.log.includes(`${PERMISSION}: ${f}: spec.values.hostNetwork is true (shares the host's network namespace); ${f}: spec.values.securityContext.privileged is "true" (a privileged container); ${f}: spec.values.securityContext.capabilities.add adds SYS_ADMIN; ${f}: spec.values.volumes[0].hostPath mounts the host path /var/run/docker.sock. Namespace privweb ${LEVEL}`),
      run.log,
    );
    assert.equal(branchExists('homeport/privweb'), false);
  }
});

test(`a chart that needs host access by default is ${admin ? 'pushed for an admin' : 'refused to the guest, nothing pushed'}`, async () => {
  const run = await runTemplate('gitops-web-app-helm', helmApp('node-exporter', 'prometheus-node-exporter', '4.47.0'));
  if (admin) {
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(branchFiles('homeport/node-exporter'), HELM_FILES('node-exporter'));
  } else {
    assert.equal(run.status, 'failed');
    assert.ok(
      run.log.includes(`${PERMISSION}: apps/node-exporter/release.yaml (HelmRelease node-exporter): spec.chart.spec.chart installs the chart prometheus-node-exporter, which needs host access by default. Namespace node-exporter ${LEVEL}`),
      run.log,
    );
    assert.equal(branchExists('homeport/node-exporter'), false);
  }
});

test(`a raw privileged manifest written by fetch:plain is ${admin ? 'pushed for an admin' : 'refused to the guest, nothing pushed'}`, async () => {
  const run = await runTemplate('e2e-raw-manifest', { gitopsRepository: 'demo' });
  if (admin) {
    assert.equal(run.status, 'completed', run.log);
    assert.deepEqual(branchFiles('homeport/llama-debug'), ['A\tapps/llama/debug.yaml', 'M\tapps/llama/kustomization.yaml']);
    assert.equal(git('show', 'homeport/llama-debug:apps/llama/debug.yaml'), fs.readFileSync('e2e/templates/raw-manifest/skeleton/debug.yaml', 'utf8'));
  } else {
    assert.equal(run.status, 'failed');
    const f = 'apps/llama/debug.yaml (Pod llama-debug)';
    assert.ok(
      run.log.includes(`${PERMISSION}: ${f}: spec.hostPID is true (shares the host's process IDs namespace); ${f}: spec.containers[0].securityContext.privileged is true (a privileged container); ${f}: spec.volumes[0].hostPath mounts the host path /. Namespace llama ${LEVEL}`),
      run.log,
    );
    assert.equal(branchExists('homeport/llama-debug'), false);
  }
});

test('the change preview (a dry run of the registered template) explains the refusal or shows the change', async () => {
  const { body: template } = await api('GET', '/api/catalog/entities/by-name/template/default/gitops-web-app-helm');
  const res = await api('POST', '/api/scaffolder/v2/dry-run', {
    template, values: helmApp('preview', 'web', '1.2.3', { hostPID: 'yes' }), secrets: {}, directoryContents: [],
  });
  if (admin) {
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.directoryContents.some(f => f.path === 'changes/apps/preview/release.yaml'));
  } else {
    // Past the dry-run guard (a registered template), stopped by the render step's check.
    assert.equal(res.status, 403);
    assert.equal(res.body.error.name, 'NotAllowedError');
    assert.equal(
      res.body.error.message,
      `${PERMISSION}: apps/preview/release.yaml (HelmRelease preview): spec.values.hostPID is "yes" (shares the host's process IDs namespace). Namespace preview ${LEVEL}`,
    );
  }
  assert.equal(branchExists('homeport/preview'), false);
});

test(`a hand-written template body is ${admin ? 'dry-run for an admin' : 'not dry-run for the guest'}`, async () => {
  const template = {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'hand-written' },
    spec: { type: 'service', steps: [{ id: 'checkout', name: 'Checkout', action: 'gitops:checkout', input: { repository: 'demo' } }] },
  };
  const res = await api('POST', '/api/scaffolder/v2/dry-run', { template, values: {}, secrets: {}, directoryContents: [] });
  if (admin) {
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.directoryContents.some(f => f.path === 'repo/apps/kustomization.yaml'));
  } else {
    assert.equal(res.status, 403);
    assert.deepEqual({ name: res.body.error.name, message: res.body.error.message }, {
      name: 'NotAllowedError',
      message: 'Dry runs of a template body that is not a registered template of the catalog need the permission scaffolder.template.management (writing and trying out templates): register the template, or ask a member of the admin groups (homeport.admins) to try it.',
    });
  }
});
