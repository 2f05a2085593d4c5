import { WarningPanel } from '@backstage/core-components';
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { displayName, refKey } from '../../model/refs';
import { absoluteTime, relativeTime } from '../../model/time';
import { LiveState, PodStatus, ServiceState } from '../../model/types';
import { EmptyText, LiveCard, LiveCardProps } from '../LiveCard';
import { StateLabel } from '../StateLabel';
import { upgradeLink } from '../../model/upgradeLink';
import { ImageTag } from './ImageTag';

const useStyles = makeStyles(theme => ({
  heading: { marginTop: theme.spacing(2) },
  restarts: { color: theme.palette.warning.dark, fontWeight: 600 },
}));

function podState(pod: PodStatus): LiveState {
  if (pod.ready) return 'ready';
  return pod.problem ? 'failing' : 'progressing';
}

/**
 * Workloads: each Deployment, StatefulSet and DaemonSet with its replicas, restarts and
 * the image tags it runs against the tags in git (drift highlighted, with a link to the
 * upgrade template prefilled with the running tag when `entityRef` is given), then every
 * pod.
 */
export function WorkloadsCard(
  props: LiveCardProps<ServiceState> & { kubernetesId: string; entityRef?: string },
) {
  const classes = useStyles();
  const { value, loading, error, kubernetesId, entityRef } = props;
  const several =
    (value?.workloads.length ?? 0) > 1 ||
    (value?.workloads.some(w => new Set(w.images.map(i => i.repository)).size > 1) ?? false);
  const app = entityRef?.slice(entityRef.lastIndexOf('/') + 1);
  const drifting =
    value?.workloads.filter(w => w.images.some(i => i.drift === 'drift')) ?? [];
  return (
    <LiveCard title="Workloads" loading={loading} error={error}>
      {value && drifting.length > 0 && (
        <WarningPanel
          severity="warning"
          title={`Image drift: ${drifting.map(w => w.ref.name).join(', ')} run${
            drifting.length === 1 ? 's' : ''
          } another tag than git`}
        />
      )}
      {value && value.missing.length > 0 && (
        <WarningPanel
          severity="warning"
          title="Defined in git, not running"
          message={value.missing
            .map(m => `${m.kind} ${displayName(m)}`)
            .join(', ')}
        />
      )}
      {value && value.workloads.length > 0 && (
        <Table size="small" aria-label="Workloads">
          <TableHead>
            <TableRow>
              <TableCell>Workload</TableCell>
              <TableCell>State</TableCell>
              <TableCell>Replicas</TableCell>
              <TableCell>Restarts</TableCell>
              <TableCell>Images (running against git)</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.workloads.map(w => (
              <TableRow key={refKey(w.ref)}>
                <TableCell>
                  {w.ref.kind} {displayName(w.ref)}
                </TableCell>
                <TableCell>
                  <StateLabel state={w.state} />
                </TableCell>
                <TableCell>
                  {w.ready}/{w.desired} ready
                </TableCell>
                <TableCell
                  className={w.restarts ? classes.restarts : undefined}
                >
                  {w.restarts}
                </TableCell>
                <TableCell>
                  {w.images.map(i => (
                    <ImageTag
                      key={`${i.container}:${i.image}`}
                      image={i}
                      app={app}
                      upgradeHref={
                        entityRef
                          ? upgradeLink(entityRef, i, { workload: w.ref.name, several })
                          : undefined
                      }
                    />
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {value && value.pods.length > 0 && (
        <>
          <Typography
            variant="subtitle2"
            component="h3"
            className={classes.heading}
          >
            Pods
          </Typography>
          <Table size="small" aria-label="Pods">
            <TableHead>
              <TableRow>
                <TableCell>Pod</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Restarts</TableCell>
                <TableCell>Node</TableCell>
                <TableCell>Started</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.pods.map(p => (
                <TableRow key={refKey(p.ref)}>
                  <TableCell>{displayName(p.ref)}</TableCell>
                  <TableCell>
                    <StateLabel
                      state={podState(p)}
                      text={
                        p.problem ?? `${p.phase}${p.ready ? '' : ', not ready'}`
                      }
                    />
                  </TableCell>
                  <TableCell
                    className={p.restarts ? classes.restarts : undefined}
                  >
                    {p.restarts}
                  </TableCell>
                  <TableCell>{p.node ?? 'not scheduled'}</TableCell>
                  <TableCell title={absoluteTime(p.startTime)}>
                    {relativeTime(p.startTime) ?? ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {value && !value.workloads.length && !value.pods.length && (
        <EmptyText>
          No Deployment, StatefulSet, DaemonSet or pod carries the label
          backstage.io/kubernetes-id=
          {kubernetesId} in any cluster.
        </EmptyText>
      )}
    </LiveCard>
  );
}
