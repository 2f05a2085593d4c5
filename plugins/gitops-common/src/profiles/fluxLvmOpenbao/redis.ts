import { AppPlan } from '../../render/appPlan';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { KUBERNETES_ID_LABEL, pvcObject } from '../../render/objects';
import { RedisSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { documentsToYaml, objectToDocument } from '../../yaml/documents';
import { FluxLvmOpenbaoOptions } from './options';
import { writeVaultSecret } from './secret';
import { lvmVolumeObjects } from './storage';

/**
 * A Valkey (Redis-compatible) instance for one app, the way klaster runs immich's
 * (seed 000's repository; the guidelines themselves name no cache): the valkey chart,
 * its password from OpenBao. A queue keeps its data on a hand-made LVM volume; a cache
 * persists nothing and gets no volume.
 */
export function writeValkey(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  spec: RedisSpec,
  plan: AppPlan,
): void {
  const name = spec.name ?? 'valkey';
  const volume = `${spec.app}-${name}`;
  const passwordSecret = `${spec.app}-${name}`;
  writeVaultSecret(
    b,
    o,
    { kind: 'secret', app: spec.app, name: passwordSecret, path: `${spec.app}/${name}`, keys: ['redis-password'] },
    plan,
    { envFrom: false }, // the app reads the password by key (REDIS_PASSWORD)
  );
  const persistent = spec.mode === 'queue';
  if (persistent) b.add(
    repoPath(plan.folder, `${name}-volume.yaml`),
    documentsToYaml(
      [
        ...lvmVolumeObjects(o, { name: volume, app: spec.app, size: spec.size, fast: true }),
        pvcObject({
          name: volume,
          namespace: plan.namespace,
          app: spec.app,
          size: spec.size,
          storageClassName: o.storage.fast.storageClass,
          volumeName: volume,
        }),
      ].map(obj => objectToDocument(obj)),
    ),
  );
  const release = {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name, namespace: plan.namespace, labels: { [KUBERNETES_ID_LABEL]: spec.app } },
    spec: {
      interval: '30m',
      chart: {
        spec: {
          chart: 'valkey',
          version: o.valkey.chartVersion,
          sourceRef: { kind: 'HelmRepository', name: 'valkey' },
        },
      },
      commonMetadata: { labels: { [KUBERNETES_ID_LABEL]: spec.app } },
      values: {
        dataStorage: persistent ? { enabled: true, persistentVolumeClaimName: volume } : { enabled: false },
        auth: {
          enabled: true,
          usersExistingSecret: passwordSecret,
          aclUsers: { default: { passwordKey: 'redis-password', permissions: '~* &* +@all' } },
        },
        ...(persistent ? {} : { valkeyConfig: 'appendonly no\nsave ""\n' }),
      },
    },
  };
  b.add(
    repoPath(plan.folder, 'redis.yaml'),
    documentsToYaml([
      objectToDocument({
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'HelmRepository',
        metadata: { name: 'valkey', namespace: plan.namespace },
        spec: { interval: '24h', url: o.valkey.repositoryUrl },
      }),
      objectToDocument(release),
    ]),
  );
  plan.env.push(
    { name: 'REDIS_HOST', value: `${name}.${plan.namespace}.svc.cluster.local` },
    { name: 'REDIS_PORT', value: '6379' },
    { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: passwordSecret, key: 'redis-password' } } },
  );
}
