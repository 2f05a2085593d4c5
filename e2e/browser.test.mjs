// Browser test in Debian's Chromium, driven by playwright-core, against the backend that
// e2e/run.sh started (it serves the built frontend). Screenshots go to artifacts/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pageForTests } from './chromium.mjs';

const base = process.env.BACKEND_URL ?? 'http://localhost:7007';
const shots = path.resolve(process.env.HOMEPORT_SCREENSHOTS ?? 'artifacts/screenshots');
let page;
pageForTests({ base, shots, viewport: { width: 1440, height: 900 }, guest: false }, p => {
  page = p;
});

test('a guest signs in and sees the catalog with Homeport’s own components', async () => {
  await page.goto(base);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: 'Homeport portal' }).waitFor();
  const cli = page.getByRole('link', { name: 'homeport command line' });
  assert.equal(await cli.count(), 1);
  assert.equal(await page.getByRole('heading', { name: 'Homelab Catalog' }).count(), 1);
  await page.screenshot({ path: path.join(shots, 'catalog.png'), fullPage: true });
});

test('the entity page of a component has the Kubernetes tab', async () => {
  await page.getByRole('link', { name: 'Homeport portal' }).click();
  await page.getByRole('link', { name: 'Kubernetes' }).click();
  await page.waitForURL(/\/catalog\/default\/component\/homeport-portal\/kubernetes$/);
  // No cluster is configured in this run: the tab says so for the entity's kubernetes-id.
  await page.getByText('No resources on any known clusters for homeport-portal').waitFor();
  await page.screenshot({ path: path.join(shots, 'entity.png'), fullPage: true });
});

test('the Create page opens', async () => {
  await page.goto(`${base}/create`);
  await page.getByRole('tab', { name: 'Templates', selected: true }).waitFor();
  await page.getByRole('button', { name: /Register existing component/i }).waitFor();
  await page.screenshot({ path: path.join(shots, 'create.png'), fullPage: true });
});

// The Create wizard's templates (preview, refusals, Create, links): e2e/create.browser.test.mjs.
