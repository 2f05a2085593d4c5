import { InputError } from '@backstage/errors';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { RedisSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { externalSecretObject } from './externalSecret';
import { yamlFile } from './files';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan } from './plan';

/**
 * Seed 003's Redis: apps share the two Valkey releases in `databases` (`valkey-cache`,
 * `valkey-queue`) rather than running their own. The consumer gets an ExternalSecret
 * `<app>-redis-shared` copying the release's password (as nextcloud's does) and env
 * pointing at the release's primary Service (as homarr's values and immich's ConfigMap
 * do). No new instance is created: a new shared release is platform work.
 */
export function writeRedis(
  b: ChangeSetBuilder,
  o: ArgocdCephEsoOptions,
  spec: RedisSpec,
  plan: ArgoAppPlan,
): void {
  const services = [o.valkey.cache, o.valkey.queue];
  const service = spec.name ? services.find(s => s.name === spec.name) : o.valkey[spec.mode];
  if (!service) {
    throw new InputError(
      `argocd-ceph-eso apps use the shared Valkey services (${services.map(s => s.name).join(', ')}); '${spec.name}' is not one of them`,
    );
  }
  const secret = `${spec.app}-redis-shared`;
  b.add(
    repoPath(plan.folder, 'externalsecret-redis.yaml'),
    yamlFile(
      externalSecretObject(o, {
        name: secret,
        namespace: plan.namespace,
        app: spec.app,
        data: [{ secretKey: 'password', key: service.passwordKey, property: 'password' }],
      }),
    ),
  );
  plan.attached.add('redis');
  plan.env.push(
    { name: 'REDIS_HOST', value: service.host },
    { name: 'REDIS_PORT', value: String(service.port) },
    { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: secret, key: 'password' } } },
  );
}
