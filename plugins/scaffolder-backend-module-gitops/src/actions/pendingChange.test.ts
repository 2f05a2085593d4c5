import { describePending, publishMode } from './pendingChange';

describe('stacking onto a pending change', () => {
  const head = 'aaaaaaa1111111111111111111111111111111111';
  it('creates a branch that does not exist', () => {
    expect(publishMode({ branch: 'homeport/web', head })).toBe('create');
  });

  it('stacks when the checkout stands on the pending branch', () => {
    expect(publishMode({ branch: 'homeport/web', remoteTip: head, head })).toBe('stack');
  });

  it('refuses a branch that moved or was not checked out', () => {
    expect(() => publishMode({ branch: 'homeport/web', remoteTip: 'bbbbbbb222', head })).toThrow(
      'Branch homeport/web holds a pending change that this checkout does not build on (the branch is at bbbbbbb, the checkout at aaaaaaa): run the template again so that the change stacks onto it, or merge or delete the branch first.',
    );
  });

  it('describes the pending commits', () => {
    const commit = (subject: string, authorName: string, date: string) => ({ commit: 'c', authorName, authorEmail: '', date, subject, body: '' });
    expect(describePending('homeport/web', [commit('Add web', 'Ada', '2026-12-06T10:00:00+00:00')])).toBe(
      'the pending change on branch `homeport/web` (1 commit not merged yet: "Add web" by Ada on 2026-12-06)',
    );
    expect(
      describePending('homeport/web', [commit('Add redis', 'Bob', '2026-12-07T10:00:00+00:00'), commit('Add web', 'Ada', '2026-12-06T10:00:00+00:00')]),
    ).toBe('the pending change on branch `homeport/web` (2 commits not merged yet: "Add redis" by Bob on 2026-12-07; "Add web" by Ada on 2026-12-06)');
  });
});
