import { AppSpec, GpuSpec } from '../specs';
import { YamlObject } from '../yaml/documents';

/**
 * What a change set does to one app: its new workload (if the app is new here), and
 * what attachments (database, secrets, volumes) its pods must be wired to.
 *
 * @public
 */
export interface AppPlan {
  name: string;
  namespace: string;
  folder: string;
  /** The app's workload spec when the change set creates the app. */
  workload?: AppSpec | GpuSpec;
  env: YamlObject[];
  envFrom: YamlObject[];
  volumes: { name: string; claimName: string; mountPath?: string }[];
  serviceAccountName?: string;
}

/** Pod volumes and container mounts for the plan's volumes that have a mount path. */
export function planVolumes(plan: AppPlan): {
  volumes: YamlObject[];
  mounts: { name: string; mountPath: string }[];
} {
  const mounted = plan.volumes.filter(v => v.mountPath);
  return {
    volumes: mounted.map(v => ({
      name: v.name,
      persistentVolumeClaim: { claimName: v.claimName },
    })),
    mounts: mounted.map(v => ({ name: v.name, mountPath: v.mountPath! })),
  };
}

/** The wiring a plan's attachments need, in words, for apps Homeport cannot edit. */
export function describeWiring(plan: AppPlan): string[] {
  const lines: string[] = [];
  for (const e of plan.env) {
    const ref = (e.valueFrom as { secretKeyRef?: { name: string; key: string } } | undefined)?.secretKeyRef;
    lines.push(
      ref
        ? `set env ${e.name} from secret ${ref.name}, key ${ref.key}`
        : `set env ${e.name}=${e.value}`,
    );
  }
  for (const e of plan.envFrom) {
    lines.push(`read the keys of secret ${(e.secretRef as { name: string }).name}`);
  }
  for (const v of plan.volumes) {
    lines.push(
      v.mountPath
        ? `mount claim ${v.claimName} at ${v.mountPath}`
        : `use the existing claim ${v.claimName} for the app's data`,
    );
  }
  return lines;
}
