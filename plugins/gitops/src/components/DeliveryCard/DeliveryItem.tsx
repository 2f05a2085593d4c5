import { Box, Button, makeStyles, Typography } from '@material-ui/core';
import { isFluxObject } from '../../api/resources';
import { FluxAction } from '../../hooks/useFluxActions';
import { shortRevision } from '../../model/delivery';
import { displayName, refKey } from '../../model/refs';
import { absoluteTime, relativeTime } from '../../model/time';
import { DeliveryStatus } from '../../model/types';
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
    gap: theme.spacing(1),
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(1, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  failing: { color: theme.palette.error.main },
  actions: { display: 'flex', gap: theme.spacing(1) },
}));

const KIND_TEXT: Record<string, string> = {
  HelmRelease: 'Flux HelmRelease',
  Kustomization: 'Flux Kustomization',
  Application: 'Argo CD Application',
};

/** One Flux HelmRelease or Kustomization, or Argo CD Application, with its actions. */
export function DeliveryItem(props: {
  delivery: DeliveryStatus;
  canAct: boolean;
  busy?: string;
  onAction: (action: FluxAction) => void;
  note?: string;
}) {
  const classes = useStyles();
  const { delivery: d, canAct, busy, onAction, note } = props;
  const name = `${KIND_TEXT[d.ref.kind] ?? d.ref.kind} ${displayName(d.ref)}`;
  const revision = shortRevision(d.revision);
  const attempted = shortRevision(d.attemptedRevision);
  const working = busy === refKey(d.ref);
  return (
    <article className={classes.item} aria-label={name}>
      <div className={classes.heading}>
        <Typography variant="subtitle1" component="h3">
          {name}
        </Typography>
        <StateLabel state={d.state} />
      </div>
      {note && (
        <Typography variant="caption" color="textSecondary">
          {note}
        </Typography>
      )}
      <dl className={classes.facts}>
        {d.message && (
          <>
            <dt>Message</dt>
            <dd
              className={d.state === 'failing' ? classes.failing : undefined}
              aria-label="Message"
            >
              {d.message}
            </dd>
          </>
        )}
        {d.engine === 'argocd' && (
          <>
            <dt>Sync</dt>
            <dd>{d.sync ?? 'unknown'}</dd>
            <dt>Health</dt>
            <dd>{d.health ?? 'unknown'}</dd>
          </>
        )}
        {d.chart && (
          <>
            <dt>Chart</dt>
            <dd>{d.chart}</dd>
          </>
        )}
        <dt>Applied revision</dt>
        <dd>{revision ?? 'none yet'}</dd>
        {attempted && attempted !== revision && (
          <>
            <dt>Attempted revision</dt>
            <dd>{attempted}</dd>
          </>
        )}
        <dt>Last reconcile</dt>
        <dd title={absoluteTime(d.lastReconcile)}>
          {d.lastReconcile
            ? `${relativeTime(d.lastReconcile)} (${absoluteTime(
                d.lastReconcile,
              )})`
            : 'unknown'}
        </dd>
        {d.engine === 'flux' && (
          <>
            <dt>Suspended</dt>
            <dd>{d.suspended ? 'yes' : 'no'}</dd>
          </>
        )}
        <dt>Cluster</dt>
        <dd>{d.ref.cluster}</dd>
        {d.ref.apiVersion && (
          <>
            <dt>API version</dt>
            <dd>{d.ref.apiVersion}</dd>
          </>
        )}
        {d.appliedBy && (
          <>
            <dt>Applied by</dt>
            <dd>
              {KIND_TEXT[d.appliedBy.kind] ?? d.appliedBy.kind}{' '}
              {displayName(d.appliedBy)}
            </dd>
          </>
        )}
      </dl>
      {canAct && isFluxObject(d.ref) && (
        <Box className={classes.actions}>
          <Button
            size="small"
            variant="outlined"
            color="primary"
            disabled={working || d.suspended}
            onClick={() => onAction('reconcile')}
          >
            Reconcile now
          </Button>
          <Button
            size="small"
            variant="outlined"
            disabled={working}
            onClick={() => onAction(d.suspended ? 'resume' : 'suspend')}
          >
            {d.suspended ? 'Resume' : 'Suspend'}
          </Button>
        </Box>
      )}
    </article>
  );
}
