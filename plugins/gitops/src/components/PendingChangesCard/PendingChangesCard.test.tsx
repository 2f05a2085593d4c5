import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { GitopsBackendApi, gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import { demoPendingChanges } from '../../fixtures';
import { PendingChangesCard } from './PendingChangesCard';

function render(api: Pick<GitopsBackendApi, 'listPendingChanges'>) {
  return renderInTestApp(<PendingChangesCard now={new Date('2026-12-04T10:00:00Z')} />, {
    apis: [[gitopsBackendApiRef, api as GitopsBackendApi]],
  });
}

describe('PendingChangesCard', () => {
  it('lists each pending branch with its app, author, age, commits and checklist', async () => {
    await render({ listPendingChanges: async () => demoPendingChanges });
    const table = await screen.findByRole('table', { name: 'Pending changes' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map(r => within(r).getAllByRole('cell').map(c => c.textContent?.trim()));
    expect(cells).toEqual([
      [
        'podinfo',
        'homeport/podinfodemo',
        'Ada Lovelace',
        '3 days ago',
        'Add a Redis cache to podinfo (Bob Builder)Add a PostgreSQL database to podinfo (Ada Lovelace)',
        'Fill the cache password (operator): write redis-password under podinfo/valkey in OpenBao',
      ],
    ]);
  });

  it('says when nothing is pending, and names a repository it could not read', async () => {
    await render({
      listPendingChanges: async () => ({ items: [], errors: [{ repository: 'lab', message: "Cannot read the pending changes of GitOps repository 'lab'" }] }),
    });
    expect(await screen.findByText('No pending change: every change the wizard proposed is merged.')).toBeInTheDocument();
    expect(screen.getByText("Warning: Cannot read the pending changes of GitOps repository 'lab'")).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await render({ listPendingChanges: async () => Promise.reject(new Error('Request failed with 401 Unauthorized')) });
    expect(await screen.findByText('Error: Could not read the pending changes')).toBeInTheDocument();
  });
});
