import { changeSetToDiff } from '../../changeset/diff';
import { DEMO_REPO } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { formatStepsDone, renderStepsDone } from './stepsDone';

const demo = readTreeSync(DEMO_REPO);
const profile = { id: 'flux-lvm-openbao' };
const AT = '2026-12-07T09:00:00.000Z';

describe('renderStepsDone on the demo repository', () => {
  it("adds a done record to the named step of mealie's steps file and changes nothing else", () => {
    const result = renderStepsDone(profile, demo, {
      app: 'mealie',
      steps: ['dns:mealie.lumpiasty.xyz'],
      by: 'user:default/guest',
      at: AT,
      note: '  Record created at the registrar. ',
    });
    expect(result.changeSet.files.map(f => `${f.action} ${f.path}`)).toEqual(['modify .homeport/steps/mealie.yaml']);
    expect(changeSetToDiff(result.changeSet).split('\n').filter(l => /^[-+][^-+]/.test(l))).toEqual([
      '+    done:',
      '+      by: user:default/guest',
      `+      at: ${AT}`,
      '+      note: Record created at the registrar.',
    ]);
    expect(result.marked.map(s => [s.id, s.done])).toEqual([
      ['dns:mealie.lumpiasty.xyz', { by: 'user:default/guest', at: AT, note: 'Record created at the registrar.' }],
    ]);
    expect(formatStepsDone(result)).toBe(
      `- [x] **Create the DNS name mealie.lumpiasty.xyz** (operator): marked done by user:default/guest at ${AT}: Record created at the registrar.\n`,
    );
  });

  it('marks several steps in one edit, without a note', () => {
    const result = renderStepsDone(profile, demo, {
      app: 'mealie',
      steps: ['openbao:reconcile:mealie', 'secret:secret/authentik/mealie'],
      by: 'user:default/jane',
      at: AT,
    });
    expect(result.marked.map(s => s.done)).toEqual([
      { by: 'user:default/jane', at: AT },
      { by: 'user:default/jane', at: AT },
    ]);
  });

  it('refuses an app without steps, an unknown step, a step already done and an empty list, with the reason', () => {
    const base = { by: 'user:default/guest', at: AT };
    expect(() => renderStepsDone(profile, demo, { ...base, app: 'podinfo', steps: ['x'] })).toThrow(
      'The repository records no manual steps for podinfo: there is no .homeport/steps/podinfo.yaml',
    );
    expect(() => renderStepsDone(profile, demo, { ...base, app: 'mealie', steps: ['dns:wiki.example.com'] })).toThrow(
      ".homeport/steps/mealie.yaml records no step 'dns:wiki.example.com' (it records: openbao:reconcile:mealie, secret:secret/authentik/mealie, oidc:mealie, dns:mealie.lumpiasty.xyz)",
    );
    expect(() => renderStepsDone(profile, demo, { ...base, app: 'mealie', steps: ['oidc:mealie'] })).toThrow(
      "Step 'oidc:mealie' is already marked done in .homeport/steps/mealie.yaml",
    );
    expect(() => renderStepsDone(profile, demo, { ...base, app: 'mealie', steps: [] })).toThrow(
      'Invalid steps done: steps: name at least one step to mark done',
    );
    expect(() => renderStepsDone(profile, demo, { ...base, at: 'yesterday', app: 'mealie', steps: ['oidc:mealie'] })).toThrow(
      'Invalid steps done: at: at must be an ISO 8601 date and time',
    );
  });

  it('follows a profile that records steps elsewhere', () => {
    const moved = { id: 'flux-lvm-openbao', stepsFile: (app: string) => `apps/${app}/steps.yaml` };
    const tree = demo.with([['apps/mealie/steps.yaml', demo.read('.homeport/steps/mealie.yaml')!]]);
    const result = renderStepsDone(moved, tree, { app: 'mealie', steps: ['dns:mealie.lumpiasty.xyz'], by: 'user:default/guest', at: AT });
    expect(result.changeSet.files.map(f => f.path)).toEqual(['apps/mealie/steps.yaml']);
  });
});
