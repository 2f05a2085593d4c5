import { InfoCard, WarningPanel } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { makeStyles, Typography } from '@material-ui/core';
import type { Understanding } from '@homeport/plugin-gitops-common';
import { ANNOTATIONS } from '../../annotations';
import {
  readUnderstanding,
  understandingHeadline,
} from '../../model/understanding';
import { EmptyText } from '../LiveCard';
import { StateLabel } from '../StateLabel';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
  mono: { fontFamily: 'monospace', fontSize: '0.9em' },
}));

const STATE = {
  understood: 'ready',
  partly: 'suspended',
  'not-understood': 'failing',
} as const;

function Report(props: { u: Understanding }) {
  const classes = useStyles();
  const { u } = props;
  return (
    <>
      <Typography variant="body2" role="status" aria-label="Verdict">
        <StateLabel state={STATE[u.status] ?? 'unknown'} text={u.status} />{' '}
        {understandingHeadline(u)}
      </Typography>
      <div className={classes.section}>
        <Typography variant="subtitle2" component="h3">
          Entry points found ({u.found.length})
        </Typography>
        {u.found.length ? (
          <ul className={classes.list} aria-label="Entry points found">
            {u.found.map(f => (
              <li key={f.entryPoint}>
                <Typography variant="body2">
                  {f.entryPoint}: {f.count}
                </Typography>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyText>No entry point of any kind.</EmptyText>
        )}
      </div>
      <div className={classes.section}>
        <Typography variant="subtitle2" component="h3">
          Not understood ({u.notUnderstood.length})
        </Typography>
        {u.notUnderstood.length ? (
          <ul className={classes.list} aria-label="Not understood">
            {u.notUnderstood.map(n => (
              <li key={`${n.path}:${n.what}:${n.why}`}>
                <Typography variant="body2">
                  <span className={classes.mono}>{n.path}</span> ({n.what}):{' '}
                  {n.why}
                </Typography>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyText>Nothing found was left unread.</EmptyText>
        )}
      </div>
      {u.notFound && u.notFound.length > 0 && (
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h3">
            Looked for, not found
          </Typography>
          <Typography variant="body2" aria-label="Looked for">
            {u.notFound.join(', ')}
          </Typography>
        </div>
      )}
    </>
  );
}

/**
 * What Homeport understood of a GitOps repository: the entry points its read found and
 * what it found but could not read (`homeport.dev/understanding` on the repository's
 * System). Without the annotation, the read understood everything. Reads the entity only.
 */
export function UnderstandingCard(props: { entity: Entity; title?: string }) {
  const { understanding, problem } = readUnderstanding(props.entity);
  const repository =
    props.entity.metadata.annotations?.[ANNOTATIONS.repository];
  return (
    <InfoCard
      title={props.title ?? 'What Homeport understood'}
      subheader={repository ? `Repository ${repository}` : undefined}
    >
      <section aria-label="What Homeport understood">
        {problem && (
          <WarningPanel
            severity="warning"
            title="The read's report could not be shown"
            message={problem}
          />
        )}
        {understanding && <Report u={understanding} />}
        {!understanding && !problem && (
          <EmptyText>
            Understood: every entry point found in this repository was read.
          </EmptyText>
        )}
      </section>
    </InfoCard>
  );
}
