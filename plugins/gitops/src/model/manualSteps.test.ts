import type { RecordedStep } from '@homeport/plugin-gitops-common';
import { markDoneLink, stepRows } from './manualSteps';

const step = (id: string, more: Partial<RecordedStep> = {}): RecordedStep => ({
  id,
  app: 'mealie',
  owner: 'operator',
  title: id,
  detail: '',
  check: { kind: 'manual', how: 'Look.' },
  ...more,
});
const done = { by: 'user:default/guest', at: '2026-11-02T18:40:00.000Z', note: 'Tested.' };

describe('stepRows', () => {
  it('takes the status and evidence the backend found', () => {
    const rows = stepRows(
      [step('dns:a'), step('secret:b'), step('manual:c')],
      [
        { id: 'dns:a', status: 'done', source: 'dns', evidence: 'a resolves to 10.0.0.1' },
        { id: 'secret:b', status: 'unknown', source: 'cluster', evidence: 'Cannot reach cluster x' },
        { id: 'manual:c', status: 'owed', source: 'person', evidence: 'Not marked done yet' },
      ],
    );
    expect(rows.done.map(r => [r.step.id, r.status, r.source, r.evidence])).toEqual([['dns:a', 'done', 'dns', 'a resolves to 10.0.0.1']]);
    expect(rows.owed.map(r => [r.step.id, r.status, r.source])).toEqual([
      ['secret:b', 'unknown', 'cluster'],
      ['manual:c', 'owed', 'person'],
    ]);
  });

  it('knows only what git says while the statuses are not there', () => {
    const rows = stepRows([step('oidc:a', { done }), step('dns:a')]);
    expect(rows.done.map(r => [r.step.id, r.source, r.evidence])).toEqual([
      ['oidc:a', 'git', 'Marked done by user:default/guest on 2026-11-02: Tested.'],
    ]);
    expect(rows.owed.map(r => [r.step.id, r.status])).toEqual([['dns:a', 'checking']]);
    expect(stepRows([step('dns:a')], []).owed.map(r => r.status)).toEqual(['unknown']);
  });
});

describe('markDoneLink', () => {
  it('opens the steps-done template with the service and the steps', () => {
    const link = markDoneLink('component:default/mealie', ['dns:mealie.example.com']);
    expect(link.startsWith('/create/templates/default/gitops-steps-done?formData=')).toBe(true);
    expect(JSON.parse(new URL(link, 'http://x').searchParams.get('formData')!)).toEqual({
      app: 'component:default/mealie',
      steps: ['dns:mealie.example.com'],
    });
  });
});
