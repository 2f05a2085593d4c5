import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { isMap, isSeq, isScalar, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { KUBERNETES_ID_LABEL } from '../../render/objects';
import { PostgresSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { documentToYaml, parseForEdit } from '../../yaml/documents';
import { externalSecretObject, remoteKey, storePath } from './externalSecret';
import { yamlFile } from './files';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan } from './plan';

/** The managed role CloudNativePG keeps in the shared cluster for one app. */
interface ManagedRole {
  name: string;
  ensure: 'present';
  login: boolean;
  comment: string;
  passwordSecret: { name: string };
}

/**
 * Adds a role to `spec.managed.roles` of a CloudNativePG Cluster through the document
 * API (comments, quoting and order of the file kept). A role of that name already
 * managed there is a conflict.
 */
export function addManagedRole(path: string, text: string, role: ManagedRole): string {
  const doc = parseForEdit(path, text);
  const spec = doc.get('spec', true);
  if (!isMap(spec)) {
    throw new InputError(`${path} has no spec to add role ${role.name} to`);
  }
  let managed = spec.get('managed', true);
  if (managed === undefined) {
    spec.set(doc.createNode('managed'), doc.createNode({ roles: [] }));
    const pair = (spec as YAMLMap).items[(spec as YAMLMap).items.length - 1] as Pair;
    // The corpus separates the Cluster's sections by a blank line.
    if (isScalar(pair.key)) pair.key.spaceBefore = true;
    managed = spec.get('managed', true);
  }
  if (!isMap(managed)) {
    throw new InputError(`${path}: spec.managed is not a mapping`);
  }
  if (!managed.has('roles')) managed.set('roles', doc.createNode([]));
  const roles = managed.get('roles', true);
  if (!isSeq(roles)) {
    throw new InputError(`${path}: spec.managed.roles is not a list`);
  }
  const names = (roles as YAMLSeq).items.map(item => (isMap(item) ? String(item.get('name')) : ''));
  if (names.includes(role.name)) {
    throw new ConflictError(`Role '${role.name}' is already managed in ${path}`);
  }
  roles.add(doc.createNode(role));
  return documentToYaml(doc);
}

/** `my-app` → `my_app`: a database or role name from an app name. */
export function sqlName(app: string): string {
  return app.replace(/-/g, '_');
}

/**
 * Seed 003's Postgres: a database and a role per app in its domain's shared
 * CloudNativePG cluster (`pg-<domain>` in namespace `databases`), and in the app folder
 * `externalsecret-db.yaml` giving Secret `<app>-db-shared` the keys vaultwarden's has.
 *
 * The corpus creates roles and databases by hand (its clusters enable superuser access
 * and declare neither). An Argo CD user expects Git to hold them, so the role is a
 * `spec.managed.roles` entry of the shared Cluster and the database a `Database` object
 * (CloudNativePG 1.25+; the corpus runs 1.27), both in the cluster's folder, with the
 * role's password read from the same Vault key as the app's Secret.
 */
export function writePostgres(
  b: ChangeSetBuilder,
  o: ArgocdCephEsoOptions,
  spec: PostgresSpec,
  plan: ArgoAppPlan,
): void {
  if (spec.mode === 'dedicated') {
    throw new InputError(
      `argocd-ceph-eso keeps app databases in the shared CloudNativePG clusters of ${o.postgres.dir}/ (seed 003: one database and role per app, no cluster per app): mode "dedicated" is not available`,
    );
  }
  const cluster = spec.cluster ?? o.postgres.clusters[plan.namespace];
  if (!cluster) {
    throw new InputError(
      `Domain '${plan.namespace}' has no shared PostgreSQL cluster: name one in the spec's cluster (clusters: ${[...new Set(Object.values(o.postgres.clusters))].sort().join(', ')})`,
    );
  }
  const folder = repoPath(o.postgres.dir, cluster);
  const clusterFile = repoPath(folder, 'cluster.yaml');
  if (!b.exists(clusterFile)) {
    throw new NotFoundError(`Shared PostgreSQL cluster '${cluster}' does not exist (no ${clusterFile})`);
  }
  const database = spec.database ?? sqlName(spec.app);
  const role = database;
  const host = o.postgres.hostPattern.replace('{cluster}', cluster).replace('{namespace}', o.postgres.namespace);
  const appSecret = `${spec.app}-db-shared`;
  const roleSecret = `${cluster}-${spec.app}-role`;
  const key = remoteKey(o, plan.namespace, appSecret);
  const fromKey = (names: string[]) => names.map(n => ({ secretKey: n, key, property: n }));

  // In the cluster's folder: the role's password, the database, the managed role.
  b.add(
    repoPath(folder, `externalsecret-${spec.app}.yaml`),
    yamlFile(
      externalSecretObject(o, {
        name: roleSecret,
        namespace: o.postgres.namespace,
        app: spec.app,
        data: fromKey(['username', 'password']),
        // CloudNativePG reads role passwords from basic-auth Secrets it is told to watch.
        template: { type: 'kubernetes.io/basic-auth', metadata: { labels: { 'cnpg.io/reload': 'true' } } },
      }),
    ),
  );
  b.add(
    repoPath(folder, `database-${spec.app}.yaml`),
    yamlFile({
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Database',
      metadata: {
        name: `${cluster}-${spec.app}`,
        namespace: o.postgres.namespace,
        labels: { [KUBERNETES_ID_LABEL]: spec.app },
        // After the Cluster (wave -10), which creates the owning role.
        annotations: { 'argocd.argoproj.io/sync-wave': '0' },
      },
      spec: { name: database, owner: role, cluster: { name: cluster }, ensure: 'present' },
    }),
  );
  b.edit(clusterFile, text =>
    addManagedRole(clusterFile, text, {
      name: role,
      ensure: 'present',
      login: true,
      comment: `${spec.app} (${plan.namespace})`,
      passwordSecret: { name: roleSecret },
    }),
  );

  // In the app's folder: the Secret the app reads, as vaultwarden-db-shared.
  b.add(
    repoPath(plan.folder, 'externalsecret-db.yaml'),
    yamlFile(
      externalSecretObject(o, {
        name: appSecret,
        namespace: plan.namespace,
        app: spec.app,
        data: fromKey(['DATABASE_URL', 'host', 'port', 'database', 'username', 'password']),
      }),
    ),
  );
  plan.attached.add('postgres');
  plan.env.push({
    name: 'DATABASE_URL',
    valueFrom: { secretKeyRef: { name: appSecret, key: 'DATABASE_URL' } },
  });
  b.step({
    id: `secret:${storePath(o, key)}`,
    app: spec.app,
    owner: 'operator',
    title: `Write the database credentials of ${spec.app} at ${storePath(o, key)}`,
    detail: `Properties: username = ${role}, password = a new random password, host = ${host}, port = ${o.postgres.port}, database = ${database}, DATABASE_URL = postgresql://${role}:<password>@${host}:${o.postgres.port}/${database}. External Secrets syncs them into Secret ${appSecret} in namespace ${plan.namespace} and Secret ${roleSecret} in namespace ${o.postgres.namespace}, from which CloudNativePG sets the password of role ${role} in ${cluster}.`,
    check: { kind: 'external-secret', namespace: plan.namespace, name: appSecret },
  });
}
