import { makeStyles, Typography } from '@material-ui/core';
import { displayName, refKey } from '../../model/refs';
import { DatabaseStatus, ServiceState } from '../../model/types';
import { EmptyText, LiveCard, LiveCardProps } from '../LiveCard';
import { StateLabel } from '../StateLabel';

const useStyles = makeStyles(theme => ({
  item: {
    padding: theme.spacing(1.5, 0),
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(1, 0, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
}));

function Database(props: { db: DatabaseStatus }) {
  const classes = useStyles();
  const { db } = props;
  const name = `CloudNativePG Cluster ${displayName(db.ref)}`;
  const switching =
    db.targetPrimary &&
    db.currentPrimary &&
    db.targetPrimary !== db.currentPrimary;
  const storage = [db.storageSize, db.storageClass && `on ${db.storageClass}`]
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes.item} aria-label={name}>
      <div className={classes.heading}>
        <Typography variant="subtitle1" component="h3">
          {name}
        </Typography>
        <StateLabel state={db.state} />
      </div>
      <dl className={classes.facts}>
        <dt>Phase</dt>
        <dd>{db.phase ?? 'not reported yet'}</dd>
        {db.message && (
          <>
            <dt>Message</dt>
            <dd>{db.message}</dd>
          </>
        )}
        <dt>Instances</dt>
        <dd aria-label="Instances">
          {db.readyInstances ?? 0} of {db.instances ?? '?'} ready
        </dd>
        <dt>Primary</dt>
        <dd>
          {db.currentPrimary ?? 'none yet'}
          {switching && ` (switching to ${db.targetPrimary})`}
        </dd>
        <dt>Storage</dt>
        <dd>{storage || 'not set'}</dd>
        {db.walStorageSize && (
          <>
            <dt>WAL storage</dt>
            <dd>{db.walStorageSize}</dd>
          </>
        )}
        {db.image && (
          <>
            <dt>Image</dt>
            <dd>{db.image}</dd>
          </>
        )}
        <dt>Cluster</dt>
        <dd>{db.ref.cluster}</dd>
      </dl>
    </article>
  );
}

/**
 * Database: the service's CloudNativePG Clusters: instances and ready instances,
 * primary, phase, storage.
 */
export function DatabaseCard(
  props: LiveCardProps<ServiceState> & { kubernetesId: string },
) {
  const { value, loading, error, kubernetesId } = props;
  return (
    <LiveCard title="Database" loading={loading} error={error}>
      {value?.databases.map(db => (
        <Database key={refKey(db.ref)} db={db} />
      ))}
      {value && !value.databases.length && (
        <EmptyText>
          No CloudNativePG Cluster carries the label backstage.io/kubernetes-id=
          {kubernetesId} in any cluster.
        </EmptyText>
      )}
    </LiveCard>
  );
}
