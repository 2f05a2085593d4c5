// The Manual steps card in Chromium against the stub cluster (run by e2e/run.sh with the
// kube-stub backend, as the guest): mealie's overview shows the steps it still owes and
// those done, each with how to check it and what Homeport found (git, the cluster's
// Secret, the stub's name server); a step's "Mark done" link opens the steps-done
// template prefilled, whose preview proposes the one-file change. Screenshots go to
// artifacts/screenshots/ (manual-steps.png is the README's).
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

const stepTexts = async list =>
  (await page.getByRole('list', { name: list }).getByRole('listitem').allInnerTexts()).map(t => t.split('\n').filter(Boolean));

test("mealie's page shows the owed and done steps, each with how to check it and what was found", async () => {
  await page.goto(`${base}/catalog/default/component/mealie`);
  await page.getByText('2 owed, 2 done').waitFor({ timeout: 90_000 });
  assert.deepEqual(await stepTexts('Owed steps'), [
    [
      'Owed',
      'Reconcile OpenBao for role mealie and policy mealie (operator)',
      'Apply vault/kubernetes-auth-roles/mealie.yaml and vault/policy/mealie.hcl to OpenBao.',
      'How to check: bao policy read mealie prints the policy of vault/policy/mealie.hcl, and the VaultAuth of mealie reports no authentication error.',
      'Found (a person): Not marked done yet',
      'Mark done (openbao:reconcile:mealie)',
    ],
    [
      'Owed',
      'Write the secret values at secret/authentik/mealie (operator)',
      'Keys: client_id, client_secret. Vault Secrets Operator syncs them into Secret mealie-authentik in namespace mealie.',
      'How to check: Secret mealie/mealie-authentik holds client_id, client_secret (Homeport checks the cluster).',
      'Found (cluster): Secret mealie/mealie-authentik lacks client_secret (cluster kube-stub)',
      'Mark done (secret:secret/authentik/mealie)',
    ],
  ]);
  const done = await stepTexts('Done steps');
  assert.deepEqual(
    done.map(lines => [lines[0], lines[1], lines.at(-1)]),
    [
      [
        'Done',
        'Create the mealie application in Authentik (operator)',
        'Found (git): Marked done by user:default/guest on 2026-11-02: Provider and application created; sign-in tested with the household account.',
      ],
      ['Done', 'Create the DNS name mealie.lumpiasty.xyz (operator)', 'Found (DNS): mealie.lumpiasty.xyz resolves to 10.0.20.10'],
    ],
  );
  await page.getByText('Manual steps', { exact: true }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'manual-steps.png'), fullPage: true });
});

test("a step's Mark done link opens the steps-done template prefilled, whose preview changes the steps file only", async () => {
  await page.goto(`${base}/catalog/default/component/mealie`);
  const secret = page.getByRole('list', { name: 'Owed steps' }).getByRole('listitem', { name: 'Write the secret values at secret/authentik/mealie' });
  await secret.getByRole('link', { name: 'Mark done' }).click({ timeout: 90_000 });
  await page.waitForURL(/\/create\/templates\/default\/gitops-steps-done/);
  await page.getByLabel('How you checked', { exact: false }).first().fill('vault kv get shows both keys.');
  const values = await page.locator('input').evaluateAll(inputs => inputs.map(i => i.value));
  assert.ok(values.includes('component:default/mealie') || values.includes('mealie'), values.join(', '));
  assert.ok(values.includes('secret:secret/authentik/mealie'), values.join(', '));
  await page.getByRole('button', { name: 'Next' }).click();
  assert.deepEqual(await previewProposal(page, shots), ['Would change .homeport/steps/mealie.yaml']);
  await page.screenshot({ path: path.join(shots, 'steps-done-preview.png'), fullPage: true });
});
