import { Instance } from './instances';
import { isPodController, podSpecOf } from './objects';
import { readPodSpec } from './podSpec';
import { ServiceDatabase, ServiceDatabaseKind } from './types';

/** Database server images, by the image's last path segment. */
const DATABASE_IMAGES: Array<[RegExp, ServiceDatabaseKind]> = [
  [
    /^(postgres|postgresql|postgis|pgvector|cloudnative-pg-postgresql)$/,
    'postgres',
  ],
  [/^(mongo|mongodb|mongodb-community-server)$/, 'mongodb'],
  [/^(mysql|mariadb|percona-server)$/, 'mysql'],
];

/**
 * A database server the app runs itself, as one of its own Deployments or StatefulSets
 * (`image: mongo`, `postgres:16`, `mariadb`): a backing service inside the app, reported
 * like the databases it could use from outside.
 */
export function inAppDatabase(instance: Instance): ServiceDatabase | undefined {
  const { object } = instance;
  if (
    !isPodController(object) ||
    object.kind === 'Job' ||
    object.kind === 'CronJob'
  )
    return undefined;
  const spec = podSpecOf(object);
  for (const image of readPodSpec(spec).images) {
    const base = image.repository.split('/').pop() ?? '';
    const match = DATABASE_IMAGES.find(([pattern]) => pattern.test(base));
    if (!match) continue;
    const replicas = (object.spec as { replicas?: unknown } | undefined)
      ?.replicas;
    return {
      kind: match[1],
      name: object.metadata.name ?? '',
      ...(instance.namespace ? { namespace: instance.namespace } : {}),
      ...(typeof replicas === 'number' ? { instances: replicas } : {}),
      image: image.raw,
      file: instance.file,
    };
  }
  return undefined;
}
