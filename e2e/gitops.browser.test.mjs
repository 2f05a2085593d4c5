// The GitOps views in Debian's Chromium (playwright-core), against the backend e2e/run.sh
// started with e2e/kube-stub/app-config.kube-stub.yaml and the stub Kubernetes API server
// (e2e/kube-stub/server.mjs) as its cluster. The demo services come from Homeport's entity
// provider; their live state from the stub's fixtures. Screenshots go to artifacts/screenshots/.
//
// As the guest (default): the GitOps tabs of podinfo (HelmRelease), mealie (CNPG cluster,
// pods), llama (GPU) and teamspeak (image drift), a failing HelmRelease with its message,
// the overview listing every demo service. With HOMEPORT_E2E_ADMIN=1 (the backend signs
// the guest in as an admin): "Reconcile now", "Suspend" and "Resume" reach the cluster
// through the Kubernetes proxy.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pageForTests } from './chromium.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const stub = process.env.KUBE_STUB_URL ?? 'http://127.0.0.1:17443';
const token = process.env.HOMEPORT_E2E_TOKEN;
const admin = process.env.HOMEPORT_E2E_ADMIN === '1';
const shots = path.resolve(
  process.env.HOMEPORT_SCREENSHOTS ?? 'artifacts/screenshots',
);
const DEMO_SERVICES = ['llama', 'mealie', 'podinfo', 'teamspeak'];
let page;

async function stubCall(method, urlPath) {
  const res = await fetch(`${stub}${urlPath}`, { method });
  assert.equal(res.status, 200, `${method} ${urlPath}`);
  return res.json();
}

/** Waits until the entity provider has put every demo service in the catalog. */
async function demoServicesInCatalog() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await fetch(
      `${base}/api/catalog/entities?filter=kind=component,metadata.annotations.homeport.dev/repository=demo&fields=metadata.name`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    const names = res.ok
      ? (await res.json()).map(e => e.metadata.name).sort()
      : [];
    if (DEMO_SERVICES.every(n => names.includes(n))) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    'the demo services did not appear in the catalog within 120 s',
  );
}

async function openGitopsTab(service) {
  await page.goto(`${base}/catalog/default/component/${service}/gitops`);
  await page
    .getByText(
      `Live state from cluster kube-stub, objects labelled backstage.io/kubernetes-id=${service}.`,
    )
    .waitFor();
}

before(async () => {
  await stubCall('POST', '/_stub/reset');
  await demoServicesInCatalog();
});
pageForTests({ base, shots }, p => {
  page = p;
});

after(async () => {
  await fetch(`${stub}/_stub/reset`, { method: 'POST' }).catch(() => {});
});

describe('GitOps views as the guest', { skip: admin }, () => {
  test('podinfo: its HelmRelease is ready, its pod runs; no Flux buttons for the guest', async () => {
    await openGitopsTab('podinfo');
    const release = page.getByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    await release.getByText('Ready', { exact: true }).waitFor();
    assert.equal(
      await release.getByLabel('Message').innerText(),
      'Helm upgrade succeeded for release podinfo/podinfo.v3 with chart podinfo@6.9.1',
    );
    await release.getByText('podinfo@6.9.1', { exact: true }).waitFor();
    const pods = page.getByRole('table', { name: 'Pods' });
    await pods.getByText(/^podinfo\/podinfo-[a-z0-9]+-x7k2p$/).waitFor();
    await pods.getByText('anapistula-delrosalae').waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Reconcile now' }).count(),
      0,
    );
    await page.getByText('which your permissions do not include').waitFor();
    await page.screenshot({
      path: path.join(shots, 'gitops-podinfo.png'),
      fullPage: true,
    });
  });

  test('mealie: the CloudNativePG cluster with its instances and primary, and both pods', async () => {
    await openGitopsTab('mealie');
    const db = page.getByRole('article', {
      name: 'CloudNativePG Cluster mealie/mealie-db',
    });
    await db.getByText('Cluster in healthy state').waitFor();
    assert.equal(await db.getByLabel('Instances').innerText(), '1 of 1 ready');
    await db.getByText('mealie-db-1').waitFor();
    await db.getByText('2Gi on ssd-lvmpv').waitFor();
    const pods = page.getByRole('table', { name: 'Pods' });
    await pods.getByText('mealie/mealie-db-1').waitFor();
    await pods.getByText(/^mealie\/mealie-[a-z0-9]+-q9wzt$/).waitFor();
    await page
      .getByRole('list', { name: 'Files' })
      .getByText('apps/mealie/postgres-cluster.yaml')
      .waitFor();
    await page.screenshot({
      path: path.join(shots, 'gitops-mealie.png'),
      fullPage: true,
    });
  });

  test('llama: the GPU pod, its node and its privileged /dev/kfd mount', async () => {
    await openGitopsTab('llama');
    await page
      .getByLabel('GPU in git')
      .getByText(
        'Deployment llama-swap asks for amd.com/gpu × 1 (host device)',
        { exact: false },
      )
      .waitFor();
    const gpu = page.getByRole('table', { name: 'GPU pods' });
    const row = gpu.getByRole('row', { name: /llama\/llama-swap-/ });
    await row.getByText('anapistula-delrosalae').waitFor();
    await row
      .getByText(
        'AMD GPU through host device /dev/kfd (no device plugin request)',
      )
      .waitFor();
    await row.getByText(/\/dev\/kfd \(AMD GPU compute/).waitFor();
    assert.equal(await gpu.getByRole('row').count(), 2); // the header and llama-swap; not the proxy
    await page.screenshot({
      path: path.join(shots, 'gitops-llama.png'),
      fullPage: true,
    });
  });

  test('teamspeak: the tag running differs from git, highlighted', async () => {
    await openGitopsTab('teamspeak');
    await page
      .getByText('Image drift: teamspeak runs another tag than git', {
        exact: false,
      })
      .waitFor();
    await page.getByLabel('drift: git has 3.13.7').waitFor();
    await page.screenshot({
      path: path.join(shots, 'gitops-teamspeak.png'),
      fullPage: true,
    });
  });

  test('a HelmRelease whose upgrade failed is shown failing, with its message', async () => {
    await stubCall('POST', '/_stub/scenario/podinfo-upgrade-failed');
    await openGitopsTab('podinfo');
    const release = page.getByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    await release.getByText('Failing', { exact: true }).waitFor();
    const message = await release.getByLabel('Message').innerText();
    assert.match(
      message,
      /^Helm upgrade failed for release podinfo\/podinfo with chart podinfo@6\.9\.1: cannot patch "podinfo" with kind Deployment: .*must be less than or equal to memory limit of 64Mi$/,
    );
    await page.screenshot({
      path: path.join(shots, 'gitops-podinfo-failing.png'),
      fullPage: true,
    });
  });

  test('the overview lists every demo service with delivery state, owner and findings', async () => {
    await page.getByRole('link', { name: 'GitOps' }).first().click(); // the nav item
    await page.waitForURL(/\/gitops$/);
    await page.getByText('4 of 4 services').waitFor();
    const table = page.getByRole('table', { name: 'GitOps services' });
    await table.getByText(/^Failing: HelmRelease podinfo/).waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll(trs =>
        trs.map(tr =>
          [...tr.querySelectorAll('td')].map(td => td.innerText.trim()),
        ),
      );
    assert.deepEqual(
      rows.map(r => [r[0], r[1], r[2], r[4], r[5]]),
      [
        ['llama', 'demo', 'ai', '0', 'llama'],
        ['Mealie', 'demo', 'home', '0', 'mealie'],
        ['podinfo', 'demo', 'platform', '0', 'podinfo'],
        ['teamspeak', 'demo', 'media', '0', 'teamspeak'],
      ],
    );
    assert.match(
      rows[2][3],
      /^Failing: HelmRelease podinfo\s+Helm upgrade failed/,
    );
    await page.screenshot({
      path: path.join(shots, 'gitops-overview.png'),
      fullPage: true,
    });
    await page.getByRole('textbox', { name: 'Search services' }).fill('home');
    await page.getByText('1 of 4 services').waitFor();
    await table.getByRole('link', { name: 'Mealie' }).click();
    await page.waitForURL(/\/catalog\/default\/component\/mealie\/gitops$/);
  });
});

describe('Flux actions as an admin', { skip: !admin }, () => {
  test('reconcile, suspend and resume podinfo through the Kubernetes proxy', async () => {
    await openGitopsTab('podinfo');
    const release = page.getByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    await release.getByRole('button', { name: 'Reconcile now' }).click();
    await page
      .getByText('Reconcile requested for HelmRelease podinfo/podinfo')
      .waitFor();
    await release.getByRole('button', { name: 'Suspend' }).click();
    await release.getByText('Suspended', { exact: true }).waitFor();
    await release.getByRole('button', { name: 'Resume' }).waitFor();
    await page.screenshot({
      path: path.join(shots, 'gitops-podinfo-suspended.png'),
      fullPage: true,
    });
    await release.getByRole('button', { name: 'Resume' }).click();
    await release.getByText('Ready', { exact: true }).waitFor();

    const { patches } = await stubCall('GET', '/_stub/requests');
    const path_ =
      '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases/podinfo';
    assert.deepEqual(
      patches.map(p => [
        p.path,
        p.contentType,
        JSON.stringify(Object.keys(p.body)),
      ]),
      [
        [path_, 'application/merge-patch+json', '["metadata"]'],
        [path_, 'application/merge-patch+json', '["spec"]'],
        [path_, 'application/merge-patch+json', '["spec","metadata"]'],
      ],
    );
    assert.match(
      patches[0].body.metadata.annotations['reconcile.fluxcd.io/requestedAt'],
      /^\d{4}-\d\d-\d\dT/,
    );
    assert.deepEqual(patches[1].body, { spec: { suspend: true } });
    assert.equal(patches[2].body.spec.suspend, null);
  });

  test('the Kustomization that applied mealie is read through the proxy, with its buttons', async () => {
    await openGitopsTab('mealie');
    const ks = page.getByRole('article', {
      name: 'Flux Kustomization flux-system/apps',
    });
    await ks.getByText('main@sha1:4f2c9a1', { exact: true }).waitFor();
    await ks.getByRole('button', { name: 'Reconcile now' }).waitFor();
    await page.screenshot({
      path: path.join(shots, 'gitops-mealie-admin.png'),
      fullPage: true,
    });
  });
});
