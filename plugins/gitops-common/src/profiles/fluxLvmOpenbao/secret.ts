import { InputError } from '@backstage/errors';
import { stringify } from 'yaml';
import { AppPlan } from '../../render/appPlan';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { SecretSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import {
  documentsToYaml,
  documentToYaml,
  objectToDocument,
  parseForEdit,
} from '../../yaml/documents';
import { appendToSeq } from '../../yaml/kustomization';
import { FluxLvmOpenbaoOptions } from './options';
import { folderObjects } from './folderObjects';
import { freeFileName } from './storage';

/** The VaultAuth an app's folder already has: reused by its further secrets. */
function findVaultAuth(
  b: ChangeSetBuilder,
  folder: string,
): { name: string; role: string; serviceAccount: string } | undefined {
  for (const { value } of folderObjects(b, folder, 'VaultAuth')) {
    const obj = value as VaultAuthLike;
    if (obj.metadata?.name && obj.spec?.kubernetes?.role) {
      return {
        name: obj.metadata.name,
        role: obj.spec.kubernetes.role,
        serviceAccount: obj.spec.kubernetes.serviceAccount ?? obj.metadata.name,
      };
    }
  }
  return undefined;
}

interface VaultAuthLike {
  metadata?: { name?: string };
  spec?: { kubernetes?: { role?: string; serviceAccount?: string } };
}

/** `authentik/mealie` → `authentik-mealie`: the policy's name. */
export function policyName(path: string): string {
  return path.replace(/\//g, '-');
}

/**
 * Seed 000's "Vault secrets": ServiceAccount + VaultAuth + VaultStaticSecret in the
 * app's namespace (no ServiceAccount when the spec names an existing one, such as the
 * one the app's Helm chart creates), the Kubernetes auth role file and the HCL policy
 * granting `read` on the KV path. The operator reconciles OpenBao and writes the values.
 */
export function writeVaultSecret(
  b: ChangeSetBuilder,
  o: FluxLvmOpenbaoOptions,
  spec: SecretSpec,
  plan: AppPlan,
  wiring: { envFrom: boolean } = { envFrom: true },
): void {
  const existing = findVaultAuth(b, plan.folder);
  // A ServiceAccount the spec names (the one a Helm chart creates) exists: not created here.
  const serviceAccount = existing?.serviceAccount ?? spec.serviceAccount ?? spec.app;
  const role = existing?.role ?? spec.app;
  const vaultAuth = existing?.name ?? spec.app;
  const policy = policyName(spec.path);
  const objects = [
    ...(existing || spec.serviceAccount
      ? []
      : [
          {
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: { name: serviceAccount, namespace: plan.namespace },
          },
        ]),
    ...(existing
      ? []
      : [
          {
            apiVersion: 'secrets.hashicorp.com/v1beta1',
            kind: 'VaultAuth',
            metadata: { name: vaultAuth, namespace: plan.namespace },
            spec: {
              method: 'kubernetes',
              mount: o.vault.authMount,
              kubernetes: { role, serviceAccount },
            },
          },
        ]),
    {
      apiVersion: 'secrets.hashicorp.com/v1beta1',
      kind: 'VaultStaticSecret',
      metadata: { name: spec.name, namespace: plan.namespace },
      spec: {
        type: 'kv-v2',
        mount: o.vault.kvMount,
        path: spec.path,
        destination: {
          create: true,
          name: spec.name,
          type: 'Opaque',
          transformation: { excludeRaw: true },
        },
        vaultAuthRef: vaultAuth,
      },
    },
  ];
  b.add(
    freeFileName(b, plan.folder, 'secret', spec.name),
    documentsToYaml(objects.map(obj => objectToDocument(obj))),
  );

  const roleFile = repoPath(o.vault.rolesDir, `${role}.yaml`);
  if (b.exists(roleFile)) {
    b.edit(roleFile, text => {
      const doc = parseForEdit(roleFile, text);
      const accounts = doc.toJS().bound_service_account_names;
      if (!Array.isArray(accounts) || !accounts.includes(serviceAccount)) {
        throw new InputError(
          `${roleFile} exists but is not bound to service account ${serviceAccount}`,
        );
      }
      return documentToYaml(appendToSeq(doc, ['token_policies'], [policy]));
    });
  } else {
    b.add(
      roleFile,
      stringify({
        bound_service_account_names: [serviceAccount],
        bound_service_account_namespaces: [plan.namespace],
        token_policies: [policy],
      }),
    );
  }
  const policyFile = repoPath(o.vault.policiesDir, `${policy}.hcl`);
  b.add(
    policyFile,
    `path ${JSON.stringify(`${o.vault.kvMount}/data/${spec.path}`)} {\n  capabilities = ["read"]\n}\n`,
  );

  if (wiring.envFrom) plan.envFrom.push({ secretRef: { name: spec.name } });
  b.step({
    id: `openbao:reconcile:${policy}`,
    app: spec.app,
    owner: 'operator',
    title: `Reconcile OpenBao for role ${role} and policy ${policy}`,
    detail: `Apply ${roleFile} and ${policyFile} to OpenBao.`,
    check: { kind: 'manual', how: `bao policy read ${policy} prints the policy of ${policyFile}, and the VaultAuth of ${spec.app} reports no authentication error.` },
  });
  b.step({
    id: `secret:${o.vault.kvMount}/${spec.path}`,
    app: spec.app,
    owner: 'operator',
    title: `Write the secret values at ${o.vault.kvMount}/${spec.path}`,
    detail: `Keys: ${spec.keys.join(', ')}. Vault Secrets Operator syncs them into Secret ${spec.name} in namespace ${plan.namespace}.`,
    check: { kind: 'secret', namespace: plan.namespace, name: spec.name, keys: [...spec.keys] },
  });
  if (spec.path.startsWith(`${o.oidcIssuer}/`)) {
    b.step({
      id: `oidc:${spec.app}`,
      app: spec.app,
      owner: 'operator',
      title: `Create the ${spec.app} application in Authentik`,
      detail: `Create an OAuth2/OpenID provider and application for ${spec.app} in the Authentik UI and save its client id and secret at ${o.vault.kvMount}/${spec.path}. Discovery URL: https://authentik.${o.domain}/application/o/${spec.app}/.well-known/openid-configuration`,
      check: { kind: 'manual', how: `https://authentik.${o.domain}/application/o/${spec.app}/.well-known/openid-configuration answers with the provider's configuration and signing in to ${spec.app} through Authentik works.` },
    });
  }
}
