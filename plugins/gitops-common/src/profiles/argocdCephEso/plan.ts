import { AppPlan } from '../../render/appPlan';
import { YamlObject } from '../../yaml/documents';

/**
 * An {@link AppPlan} in an Argo CD domain layout: the app's namespace is its domain,
 * and its folder is `<appsRoot>/<domain>/<app>/` (or wherever its Application points).
 */
export interface ArgoAppPlan extends AppPlan {
  /** A ReadWriteOnce claim is mounted: a rolling update could not attach it twice. */
  readWriteOnce: boolean;
  /** Platform services attached here, whose bundled copies a Helm chart must disable. */
  attached: Set<'postgres' | 'redis'>;
}

/** A fresh plan for an app (new when `workload` is set). */
export function newPlan(fields: Pick<ArgoAppPlan, 'name' | 'namespace' | 'folder' | 'workload'>): ArgoAppPlan {
  return {
    ...fields,
    env: [],
    envFrom: [],
    volumes: [],
    readWriteOnce: false,
    attached: new Set(),
  };
}

function describeEnv(e: YamlObject): string {
  const ref = (e.valueFrom as { secretKeyRef?: { name: string; key: string } } | undefined)?.secretKeyRef;
  return ref
    ? `set env ${e.name} from secret ${ref.name}, key ${ref.key}`
    : `set env ${e.name} to ${JSON.stringify(e.value)}`;
}

/**
 * The wiring a plan's attachments need, in words, for workloads Homeport does not write
 * (an existing app, or a Helm chart's values). Unlike the core's `describeWiring` it also
 * names plain env values (the Valkey host and port).
 */
export function describeArgoWiring(plan: ArgoAppPlan): string[] {
  return [
    ...plan.env.map(describeEnv),
    ...plan.envFrom.map(e => `read the keys of secret ${(e.secretRef as { name: string }).name}`),
    ...plan.volumes.map(v =>
      v.mountPath
        ? `mount claim ${v.claimName} at ${v.mountPath}`
        : `use the claim ${v.claimName} for the app's data`,
    ),
  ];
}
