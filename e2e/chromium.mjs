// Debian's Chromium through playwright-core, as every browser test of e2e/ starts it.
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

/** Launches Chromium headless with the flags these machines need; returns it and one page. */
export async function launchPage(viewport = { width: 1440, height: 1000 }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(30_000);
  return { browser, page };
}

/**
 * Registers the hooks of a browser test file: before its tests, Chromium is launched (the
 * screenshots folder made, the guest signed in on `base` unless `guest` is false) and
 * `onPage` given the page; after them, Chromium is closed.
 */
export function pageForTests({ base, shots, viewport, guest = true }, onPage) {
  let browser;
  before(async () => {
    fs.mkdirSync(shots, { recursive: true });
    const launched = await launchPage(viewport);
    browser = launched.browser;
    if (guest) await signInAsGuest(launched.page, base);
    onPage(launched.page);
  });
  after(async () => {
    await browser?.close();
  });
}

/** Signs in as the guest on the portal at `base` and waits for the catalog. */
export async function signInAsGuest(page, base) {
  await page.goto(base);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: 'Homeport portal' }).waitFor();
}

/**
 * Waits for the Create wizard's change preview to propose or refuse; returns the proposal's
 * file lines. A refusal fails with its message; a preview that never comes leaves a
 * screenshot in `shots`.
 */
export async function previewProposal(page, shots) {
  const proposed = page.getByText(/^Proposed change: \d+ files$/);
  const refused = page.getByRole('alert', { name: 'Refusal' });
  try {
    await proposed.or(refused).first().waitFor({ timeout: 90_000 });
  } catch (error) {
    await page.screenshot({ path: path.join(shots, `no-preview-${Date.now()}.png`), fullPage: true });
    throw error;
  }
  if (await refused.count()) throw new Error(`The preview refused: ${await refused.innerText()}`);
  return (await page.getByRole('list', { name: 'Changed files' }).innerText()).trim().split('\n');
}
