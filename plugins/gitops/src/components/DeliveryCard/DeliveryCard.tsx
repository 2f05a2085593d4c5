import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { gitopsApiRef } from '../../api/GitopsApi';
import { useFluxActions, useFluxPermission } from '../../hooks/useFluxActions';
import { displayName, refKey } from '../../model/refs';
import { ObjectRef, ServiceState } from '../../model/types';
import { EmptyText, LiveCard, LiveCardProps } from '../LiveCard';
import { DeliveryItem } from './DeliveryItem';

/** A Flux object that applied the service's objects, read through the proxy. */
function AppliedBy(props: {
  target: ObjectRef;
  canRead: boolean;
  onChanged: () => void;
}) {
  const { target, canRead } = props;
  const api = useApi(gitopsApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    async () => (canRead ? api.getFluxObject(target) : undefined),
    [api, refKey(target), canRead],
  );
  const { run, busy } = useFluxActions(() => {
    retry();
    props.onChanged();
  });
  const name = `Flux ${target.kind} ${displayName(target)}`;
  if (!canRead) {
    return (
      <Typography variant="body2" aria-label={`Applied by ${name}`}>
        Applied by {name} in cluster {target.cluster}. Its state is read through
        the Kubernetes proxy, which your permissions do not include.
      </Typography>
    );
  }
  if (loading) return <Progress aria-label={`Loading ${name}`} />;
  if (error || !value) {
    return (
      <Typography variant="body2" color="error">
        Applied by {name}; could not read it: {error?.message ?? 'not found'}
      </Typography>
    );
  }
  return (
    <DeliveryItem
      delivery={value}
      canAct
      busy={busy}
      onAction={action => run(action, value.ref)}
      note="Applies this service's objects (from the labels Flux puts on them)."
    />
  );
}

/**
 * Delivery: the service's Flux HelmReleases and Kustomizations (Ready condition,
 * message, applied revision, last reconcile, suspended) and Argo CD Applications (sync,
 * health, revision), with "Reconcile now" and "Suspend/Resume" for Flux objects when
 * the user holds the Kubernetes proxy permission.
 */
export function DeliveryCard(
  props: LiveCardProps<ServiceState> & {
    kubernetesId: string;
    onChanged: () => void;
  },
) {
  const { value, loading, error, kubernetesId, onChanged } = props;
  const permission = useFluxPermission();
  const { run, busy } = useFluxActions(onChanged);
  const empty = value && !value.delivery.length && !value.appliedBy.length;
  return (
    <LiveCard
      title="Delivery"
      loading={loading || permission.loading}
      error={error}
    >
      {value?.delivery.map(d => (
        <DeliveryItem
          key={refKey(d.ref)}
          delivery={d}
          canAct={permission.allowed}
          busy={busy}
          onAction={action => run(action, d.ref)}
        />
      ))}
      {value?.appliedBy.map(target => (
        <AppliedBy
          key={refKey(target)}
          target={target}
          canRead={permission.allowed}
          onChanged={onChanged}
        />
      ))}
      {empty && (
        <EmptyText>
          No Flux HelmRelease or Kustomization and no Argo CD Application
          carries the label backstage.io/kubernetes-id={kubernetesId} in any
          cluster, and no Flux label on its workloads names the object that
          applies them.
        </EmptyText>
      )}
      {value &&
        !permission.allowed &&
        value.delivery.some(d => d.engine === 'flux') && (
          <WarningPanel
            severity="info"
            title="Reconcile and suspend need the Kubernetes proxy permission"
            message="Members of the groups in homeport.admins can reconcile, suspend and resume Flux objects here."
          />
        )}
    </LiveCard>
  );
}
