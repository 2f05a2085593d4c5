import { InfoCard, Link, MarkdownContent, Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import { absoluteTime, relativeTime } from '../../model/time';

/**
 * The open pending changes of every configured GitOps repository: one row per
 * `homeport/<app>` branch with its app, author, age, commits and the manual steps its
 * checklist still owes. `now` is for tests.
 */
export function PendingChangesCard(props: { now?: Date }) {
  const api = useApi(gitopsBackendApiRef);
  const { value, loading, error } = useAsync(() => api.listPendingChanges(), [api]);
  if (loading) {
    return (
      <InfoCard title="Pending changes">
        <Progress />
      </InfoCard>
    );
  }
  if (error) {
    return <WarningPanel severity="error" title="Could not read the pending changes" message={error.message} />;
  }
  const items = value?.items ?? [];
  return (
    <InfoCard
      title="Pending changes"
      subheader="Changes the Create wizard proposed that are not merged yet: one branch per app, later changes to the app stack onto it."
    >
      {value?.errors.map(e => (
        <WarningPanel key={e.repository} severity="warning" title={e.message} />
      ))}
      {items.length ? (
        <Table size="small" aria-label="Pending changes">
          <TableHead>
            <TableRow>
              <TableCell>App</TableCell>
              <TableCell>Branch</TableCell>
              <TableCell>Author</TableCell>
              <TableCell>Age</TableCell>
              <TableCell>Commits</TableCell>
              <TableCell>Checklist</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(item => (
              <TableRow key={`${item.repository}/${item.branch}`}>
                <TableCell>{item.app}</TableCell>
                <TableCell>
                  {item.compareUrl ? <Link to={item.compareUrl}>{item.branch}</Link> : <code>{item.branch}</code>}
                  <Typography variant="caption" display="block" color="textSecondary">
                    {item.repository}
                  </Typography>
                </TableCell>
                <TableCell>{item.author.name}</TableCell>
                <TableCell title={absoluteTime(item.createdAt)}>{relativeTime(item.createdAt, props.now)}</TableCell>
                <TableCell>
                  <ul>
                    {item.commits.map(c => (
                      <li key={c.commit}>{`${c.subject} (${c.author})`}</li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell>
                  {item.checklist.length ? (
                    <MarkdownContent content={item.checklist.map(step => `- [ ] ${step}`).join('\n')} />
                  ) : (
                    'nothing owed'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography>No pending change: every change the wizard proposed is merged.</Typography>
      )}
    </InfoCard>
  );
}
