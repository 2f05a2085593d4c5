import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { SecretSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { externalSecretObject, remoteKey, storePath } from './externalSecret';
import { yamlFile } from './files';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan } from './plan';

/**
 * Seed 003's secrets: an ExternalSecret in the app folder reading the store's
 * `apps/<domain>/<path>` key, one property per key. The operator writes the values in
 * Vault; nothing secret enters git.
 */
export function writeSecret(
  b: ChangeSetBuilder,
  o: ArgocdCephEsoOptions,
  spec: SecretSpec,
  plan: ArgoAppPlan,
): void {
  const key = remoteKey(o, plan.namespace, spec.path);
  b.add(
    repoPath(plan.folder, `externalsecret-${spec.name}.yaml`),
    yamlFile(
      externalSecretObject(o, {
        name: spec.name,
        namespace: plan.namespace,
        app: spec.app,
        data: spec.keys.map(k => ({ secretKey: k, key, property: k })),
      }),
    ),
  );
  plan.envFrom.push({ secretRef: { name: spec.name } });
  b.step({
    id: `secret:${storePath(o, key)}`,
    app: spec.app,
    owner: 'operator',
    title: `Write the secret values at ${storePath(o, key)}`,
    detail: `Properties: ${spec.keys.join(', ')}. External Secrets syncs them through ${o.secretStore.kind} ${o.secretStore.name} into Secret ${spec.name} in namespace ${plan.namespace} (within ${o.secretStore.refreshInterval}).`,
    check: { kind: 'external-secret', namespace: plan.namespace, name: spec.name },
  });
}
