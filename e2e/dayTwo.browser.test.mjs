// Day two in Chromium against the stub cluster (run by e2e/run.sh with the kube-stub
// backend, as the guest): teamspeak's drifting image links to the upgrade template
// prefilled with the running tag, whose preview proposes the one-line change; the
// decommission template's preview refuses the guest llama's data, and lists everything
// removed once the data is kept. Screenshots go to artifacts/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pageForTests, previewProposal } from './chromium.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const shots = path.resolve(process.env.HOMEPORT_SCREENSHOTS ?? 'artifacts/screenshots');
let page;
pageForTests({ base, shots }, p => {
  page = p;
});

const next = () => page.getByRole('button', { name: 'Next' }).click();

/** The preview's proposal: its file lines (see previewProposal). */
const proposal = () => previewProposal(page, shots);

test('the drifting image of teamspeak opens the upgrade template with the running tag', async () => {
  await page.goto(`${base}/catalog/default/component/teamspeak/gitops`);
  const link = page.getByRole('link', { name: 'Upgrade teamspeak to 3.13.6' });
  await link.waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(shots, 'drift-upgrade-link.png'), fullPage: true });
  await link.click();
  await page.waitForURL(/\/create\/templates\/default\/gitops-upgrade/);
  assert.equal(await page.getByLabel('Image tag', { exact: false }).first().inputValue(), '3.13.6');
  await next(); // size: blank, stays
  await next(); // to the preview
  assert.deepEqual(await proposal(), ['Would change apps/teamspeak/statefulset.yaml']);
  assert.match(
    await page.getByRole('region', { name: 'What changes' }).innerText(),
    /image teamspeak: 3\.13\.7 → 3\.13\.6 \(apps\/teamspeak\/statefulset\.yaml\)/,
  );
  await page.screenshot({ path: path.join(shots, 'upgrade-preview.png'), fullPage: true });
});

test("the decommission preview refuses the guest llama's data, and lists what goes when it is kept", async () => {
  await page.goto(`${base}/create/templates/default/gitops-decommission`);
  const picker = page.getByLabel('Service', { exact: false }).first();
  await picker.fill('llama');
  await page.getByRole('option', { name: /llama$/ }).first().click();
  await next();
  await page.getByText('Homeport would refuse this change', { exact: false }).waitFor({ timeout: 90_000 });
  assert.match(
    await page.getByRole('alert', { name: 'Refusal' }).innerText(),
    /Decommissioning llama deletes its data \(volume llama-models-lvmssd\), which needs the permission gitops\.service\.data\.delete/,
  );
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByLabel('Keep data volumes and databases', { exact: false }).first().check();
  await next();
  const files = await proposal();
  assert.deepEqual(files, [
    'Would change Makefile',
    'Would delete apps/llama/auth-proxy.yaml',
    'Would delete apps/llama/configmap.yaml',
    'Would delete apps/llama/deployment.yaml',
    'Would delete apps/llama/ingress.yaml',
    'Would change apps/llama/kustomization.yaml',
    'Would delete apps/llama/secret.yaml',
    'Would delete talos/patches/llama.patch',
    'Would delete vault/kubernetes-auth-roles/llama-proxy.yaml',
    'Would delete vault/policy/llama.hcl',
  ]);
  await page.getByText('Kept (data):').waitFor();
  await page.screenshot({ path: path.join(shots, 'decommission-preview.png'), fullPage: true });
});
