import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import {
  demoObjects,
  llamaEntity,
  mealieEntity,
  stateFor,
  teamspeakEntity,
} from '../../fixtures';
import { WorkloadsCard } from './WorkloadsCard';

describe('WorkloadsCard', () => {
  it('highlights the image drift of teamspeak: running 3.13.6, git 3.13.7', async () => {
    await renderInTestApp(
      <WorkloadsCard
        value={stateFor(teamspeakEntity)}
        loading={false}
        kubernetesId="teamspeak"
      />,
    );
    expect(
      screen.getByText(
        'Warning: Image drift: teamspeak runs another tag than git',
      ),
    ).toBeInTheDocument();
    const row = within(
      screen.getByRole('table', { name: 'Workloads' }),
    ).getByRole('row', { name: /StatefulSet teamspeak\/teamspeak/ });
    expect(within(row).getByText('1/1 ready')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();
    expect(
      within(row).getByText('teamspeak:3.13.6', { exact: false }),
    ).toBeInTheDocument();
    expect(
      within(row).getByLabelText('drift: git has 3.13.7'),
    ).toHaveTextContent('git: 3.13.7');
  });

  it("links a drifting image to the upgrade template, prefilled with the service and the running tag", async () => {
    await renderInTestApp(
      <WorkloadsCard
        value={stateFor(teamspeakEntity)}
        loading={false}
        kubernetesId="teamspeak"
        entityRef="component:default/teamspeak"
      />,
    );
    const link = screen.getByRole('link', { name: 'Upgrade teamspeak to 3.13.6' });
    const href = new URL(link.getAttribute('href')!, 'http://portal');
    expect(href.pathname).toBe('/create/templates/default/gitops-upgrade');
    expect(JSON.parse(href.searchParams.get('formData')!)).toEqual({
      app: 'component:default/teamspeak',
      tag: '3.13.6',
    });
  });

  it('offers no upgrade link without drift', async () => {
    await renderInTestApp(
      <WorkloadsCard
        value={stateFor(mealieEntity)}
        loading={false}
        kubernetesId="mealie"
        entityRef="component:default/mealie"
      />,
    );
    expect(screen.queryByRole('link', { name: /^Upgrade / })).not.toBeInTheDocument();
  });

  it('lists the pods of mealie, the database instance included, with restarts and nodes', async () => {
    await renderInTestApp(
      <WorkloadsCard
        value={stateFor(mealieEntity)}
        loading={false}
        kubernetesId="mealie"
      />,
    );
    const pods = screen.getByRole('table', { name: 'Pods' });
    const rows = within(pods).getAllByRole('row').slice(1);
    expect(
      rows.map(r =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 4)
          .map(c => c.textContent),
      ),
    ).toEqual([
      [
        expect.stringMatching(/^mealie\/mealie-[a-z0-9]+-q9wzt$/),
        'Running',
        '1',
        'anapistula-delrosalae',
      ],
      ['mealie/mealie-db-1', 'Running', '0', 'anapistula-delrosalae'],
    ]);
    expect(screen.getByText('= git')).toBeInTheDocument();
    expect(screen.queryByText(/Image drift/)).not.toBeInTheDocument();
  });

  it('warns about a workload git defines that does not run', async () => {
    const objects = demoObjects().filter(
      o => !o.metadata.name.startsWith('llama-proxy'),
    );
    await renderInTestApp(
      <WorkloadsCard
        value={stateFor(llamaEntity, objects)}
        loading={false}
        kubernetesId="llama"
      />,
    );
    expect(
      screen.getByText('Warning: Defined in git, not running'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Deployment llama/llama-proxy'),
    ).toBeInTheDocument();
  });

  it('says when nothing runs', async () => {
    await renderInTestApp(
      <WorkloadsCard
        value={stateFor(llamaEntity, [])}
        loading={false}
        kubernetesId="llama"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'No Deployment, StatefulSet, DaemonSet or pod carries the label backstage.io/kubernetes-id=llama',
    );
  });
});
