// The Create wizard in Chromium (playwright-core), against the backend e2e/run.sh started:
// every template filled in as the run's user (the guest, or an admin with
// HOMEPORT_E2E_ADMIN=1), the change preview's proposal, its precise refusal of bad input
// with Create out of reach, and the links of the task page after Create.
// Runs after e2e/scaffolder.test.mjs on the same backend: podinfo has a pending change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pageForTests, previewProposal } from './chromium.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const shots = path.resolve(process.env.HOMEPORT_SCREENSHOTS ?? 'artifacts/screenshots');
const admin = process.env.HOMEPORT_E2E_ADMIN === '1';
const who = admin ? 'admin' : 'guest';
const repo = `${process.env.HOMEPORT_E2E_DATA}/gitops-demo.git`;
let page;
pageForTests({ base, shots }, p => {
  page = p;
});

const next = () => page.getByRole('button', { name: 'Next' }).click();
const open = name => page.goto(`${base}/create/templates/default/${name}`);

async function pickEntity(label, text) {
  await page.getByLabel(label, { exact: false }).first().fill(text);
  await page.getByRole('option', { name: new RegExp(`${text}$`) }).first().click();
}

async function choose(label, option) {
  await page.getByLabel(label, { exact: false }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The preview's proposal: its file lines (see previewProposal). */
const proposal = () => previewProposal(page, shots);

/** Waits for the preview's refusal; returns its message. */
async function refusal() {
  await page.getByText('Homeport would refuse this change', { exact: false }).waitFor({ timeout: 90_000 });
  return (await page.getByRole('alert', { name: 'Refusal' }).innerText()).trim();
}

/** Review is refused while the preview refuses: the wizard never shows Create. */
async function assertCreateOutOfReach(message) {
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByText(`Homeport would refuse this change: ${message}`).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Create' }).count(), 0);
}

async function fillWebApp(name, tag) {
  await open('gitops-web-app-image');
  await page.getByLabel('Name', { exact: false }).first().fill(name);
  await pickEntity('Owner', 'platform');
  await next();
  await page.getByLabel('Image repository').fill('ghcr.io/sissbruecker/linkding');
  await page.getByLabel('Tag').fill(tag);
  await page.getByLabel('Port').fill('9090');
  await next(); // exposure: defaults
  await next(); // to the preview
}

test(`web-app-image (${who}): an app that exists is refused precisely, Create out of reach`, async () => {
  await fillWebApp('llama', '1.41.0');
  const message = await refusal();
  assert.equal(message, "App 'llama' already exists (apps/llama/)");
  await page.screenshot({ path: path.join(shots, `preview-refusal-${who}.png`), fullPage: true });
  await assertCreateOutOfReach(message);
});

test(`web-app-image (${who}): a mutable tag is refused by field, in words`, async () => {
  await fillWebApp('linkding', 'latest');
  const message = await refusal();
  assert.equal(message, "Invalid spec: Tag: tag 'latest' is mutable: pin an exact version");
  await assertCreateOutOfReach(message);
});

test(`web-app-image (${who}): the proposal, then Create, then the links`, async () => {
  await fillWebApp('linkding', '1.41.0');
  assert.deepEqual(await proposal(), [
    'Would add .homeport/steps/linkding.yaml',
    'Would change apps/kustomization.yaml',
    'Would add apps/linkding/catalog-info.yaml',
    'Would add apps/linkding/deployment.yaml',
    'Would add apps/linkding/ingress.yaml',
    'Would add apps/linkding/kustomization.yaml',
    'Would add apps/linkding/namespace.yaml',
  ]);
  assert.match(
    await page.getByRole('region', { name: 'Proposed change' }).innerText(),
    /^Proposed change\s+Would push a new branch homeport\/linkding to GitOps repository 'demo'\./,
  );
  const preview = await page.locator('body').innerText();
  assert.ok(!preview.includes(process.env.HOMEPORT_E2E_DATA), 'the preview shows a server path');
  await page.screenshot({ path: path.join(shots, `preview-proposal-${who}.png`), fullPage: true });
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByText('Who merges').waitFor({ timeout: 90_000 });
  await page.getByText(/^Pushed the new branch homeport\/linkding \(commit [0-9a-f]{7}\) to GitOps repository 'demo'\.$/).first().waitFor();
  await page.getByRole('link', { name: 'Pending changes and services (GitOps page)' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Pull request' }).count(), 0);
  const done = await page.locator('body').innerText();
  assert.ok(!done.includes(process.env.HOMEPORT_E2E_DATA), 'the task page shows a server path');
  await page.screenshot({ path: path.join(shots, `task-done-${who}.png`), fullPage: true });
  const changed = execFileSync('git', ['diff', '--name-only', 'main...homeport/linkding'], { cwd: repo }).toString();
  assert.equal(changed.trim().split('\n').length, 7);
});

test(`web-app-helm (${who}): a proposal`, async () => {
  await open('gitops-web-app-helm');
  await page.getByLabel('Name', { exact: false }).first().fill('forge');
  await pickEntity('Owner', 'platform');
  await next();
  // The chart is read for its Service and image keys: from the loopback Helm repository of e2e/run.sh.
  await page.getByLabel('Source URL', { exact: false }).first().fill(process.env.HOMEPORT_E2E_CHARTS_URL);
  await page.getByLabel(/^Chart(\s*\*)?$/).fill('gitea');
  await page.getByLabel('Version', { exact: false }).first().fill('12.4.0');
  await next();
  await next();
  const files = await proposal();
  assert.ok(files.includes('Would add apps/forge/release.yaml'), files.join('\n'));
});

test(`postgres (${who}): a proposal for llama`, async () => {
  await open('gitops-postgres');
  await pickEntity('App', 'llama');
  await next();
  assert.deepEqual(await proposal(), [
    'Would add .homeport/steps/llama.yaml',
    'Would change apps/llama/kustomization.yaml',
    'Would add apps/llama/postgres-cluster.yaml',
    'Would add apps/llama/postgres-volume.yaml',
  ]);
});

test(`redis (${who}): the preview says the change joins podinfo's pending change, and Create links the entity`, async () => {
  await open('gitops-redis');
  await pickEntity('App', 'podinfo');
  await next();
  const files = await proposal();
  assert.ok(!files.some(f => f.includes('volume')), files.join('\n'));
  const pending = await page.getByLabel('Pending change').innerText();
  assert.match(pending, /^This change joins the pending change on branch homeport\/podinfo \(2 commits not merged yet: "Expose podinfo \(TCP 9999\)" by .+; "Add a PostgreSQL database to podinfo" by .+\): it would be one more commit on that branch\.$/);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByText('Who merges').waitFor({ timeout: 90_000 });
  await page.getByRole('link', { name: 'podinfo in the catalog' }).waitFor();
  assert.equal(execFileSync('git', ['rev-list', '--count', 'main..homeport/podinfo'], { cwd: repo }).toString().trim(), '3');
});

test(`secret (${who}): array items are titled, and a proposal`, async () => {
  await open('gitops-secret');
  await pickEntity('App', 'llama');
  await page.getByLabel('Secret name', { exact: false }).first().fill('llama-token');
  await page.getByLabel('Store path', { exact: false }).first().fill('llama/token');
  // minItems 1: the form starts with one item, titled by the item schema.
  await page.getByLabel('Key name', { exact: false }).first().fill('token');
  await next();
  const files = await proposal();
  assert.ok(files.includes('Would add vault/policy/llama-token.hcl'), files.join('\n'));
});

test(`expose (${who}): a proposal`, async () => {
  await open('gitops-expose');
  await pickEntity('App', 'teamspeak');
  await choose('Protocol', 'TCP');
  await page.getByLabel(/^Port(\s*\*)?$/).fill('10011');
  await page.getByLabel('Port name', { exact: false }).first().fill('query');
  await next();
  const files = await proposal();
  assert.ok(files.length > 0);
});

test(`gpu-workload (${who}): ${admin ? 'a proposal for an admin' : 'refused to the guest, Create out of reach'}`, async () => {
  await open('gitops-gpu-workload');
  await page.getByLabel('Name', { exact: false }).first().fill('ollama');
  await pickEntity('Owner', 'platform');
  await next();
  await page.getByLabel('Image repository').fill('ollama/ollama');
  await page.getByLabel('Tag').fill('0.5.7-rocm');
  await next();
  if (admin) {
    const files = await proposal();
    assert.ok(files.includes('Would add talos/patches/ollama.patch'), files.join('\n'));
  } else {
    const message = await refusal();
    assert.match(message, /^Creating a GPU or privileged workload needs the permission gitops\.workload\.privileged\.create: /);
    await assertCreateOutOfReach(message);
  }
});
