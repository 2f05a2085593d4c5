import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { kubernetesProxyPermission } from '@backstage/plugin-kubernetes-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import useAsync from 'react-use/esm/useAsync';
import { useCallback, useState } from 'react';
import { gitopsApiRef } from '../api/GitopsApi';
import { gitopsDeliveryReconcilePermission } from '../permissions';
import { displayName, refKey } from '../model/refs';
import { ObjectRef } from '../model/types';

/**
 * Whether the user may act on Flux objects: both Homeport's reconcile permission and
 * the Kubernetes proxy permission (the backend refuses proxy requests without it).
 */
export function useFluxPermission(): { allowed: boolean; loading: boolean } {
  const permissionApi = useApi(permissionApiRef);
  const { value, loading } = useAsync(async () => {
    const answers = await Promise.all(
      [gitopsDeliveryReconcilePermission, kubernetesProxyPermission].map(
        permission => permissionApi.authorize({ permission }),
      ),
    );
    return answers.every(a => a.result === AuthorizeResult.ALLOW);
  }, [permissionApi]);
  // A failed permission check hides the buttons, as a denial does.
  return { allowed: value === true, loading };
}

export type FluxAction = 'reconcile' | 'suspend' | 'resume';

/** Runs Flux actions, reports them through the alert API, then calls `onDone`. */
export function useFluxActions(onDone: () => void): {
  run: (action: FluxAction, ref: ObjectRef) => Promise<void>;
  /** `refKey` of the object an action is running on. */
  busy?: string;
} {
  const api = useApi(gitopsApiRef);
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState<string>();
  const run = useCallback(
    async (action: FluxAction, ref: ObjectRef) => {
      setBusy(refKey(ref));
      const name = `${ref.kind} ${displayName(ref)}`;
      try {
        if (action === 'reconcile') await api.reconcile(ref);
        else await api.setSuspended(ref, action === 'suspend');
        const done = {
          reconcile: 'Reconcile requested for',
          suspend: 'Suspended',
          resume: 'Resumed',
        }[action];
        alertApi.post({
          message: `${done} ${name}`,
          severity: 'success',
          display: 'transient',
        });
        onDone();
      } catch (e) {
        alertApi.post({
          message: `Could not ${action} ${name}: ${(e as Error).message}`,
          severity: 'error',
        });
      } finally {
        setBusy(undefined);
      }
    },
    [api, alertApi, onDone],
  );
  return { run, busy };
}
