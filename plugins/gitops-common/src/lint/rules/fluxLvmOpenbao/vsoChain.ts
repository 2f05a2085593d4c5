import { arrayAt, stringAt } from '../../k8s';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import { RawFinding } from '../../types';
import { at, atFile, qualified } from '../helpers';
import { namedObjects } from '../namedObjects';
import { doc, FluxLvmRule } from './common';

/** `path "secret/data/x" { capabilities = ["read"] }` blocks of an HCL policy. */
export function policyGrants(text: string): { pattern: string; capabilities: string[]; line: number }[] {
  const out: { pattern: string; capabilities: string[]; line: number }[] = [];
  const re = /path\s+"([^"]+)"\s*\{([^}]*)\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const caps = /capabilities\s*=\s*\[([^\]]*)\]/.exec(m[2]);
    const capabilities = caps ? [...caps[1].matchAll(/"([^"]+)"/g)].map(c => c[1]) : [];
    out.push({ pattern: m[1], capabilities, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Whether a Vault policy path (`+` one segment, trailing `*` any suffix) covers `path`. */
export function policyCovers(pattern: string, path: string): boolean {
  const glob = pattern.endsWith('*');
  const body = (glob ? pattern.slice(0, -1) : pattern)
    .split('+')
    .map(part => part.replace(/[.*?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${body}${glob ? '.*' : ''}$`).test(path);
}

function includesName(list: unknown[], name: string): boolean {
  return list.some(v => v === name || v === '*');
}

/**
 * L15: VaultStaticSecret -> VaultAuth -> ServiceAccount -> Kubernetes auth role file ->
 * policy files granting read on the secret's path.
 */
export const vsoChain: FluxLvmRule = {
  ...doc(
    'vso-chain',
    'error',
    'L15',
    '"To give access to specified secret for given k8s ServiceAccount, you need to create kubernetes auth role and policy … vault/kubernetes-auth-roles/llama-proxy.yaml … vault/policy/ollama.hcl: path "secret/data/ollama" { capabilities = ["read"] }"',
  ),
  title: 'The Vault Secrets Operator chain is complete',
  description:
    "Every VaultStaticSecret names a VaultAuth (vaultAuthRef) of its namespace; the VaultAuth uses the profile's Kubernetes auth mount, an existing ServiceAccount of the namespace and a role whose file <rolesDir>/<role>.yaml binds that ServiceAccount and namespace; each of the role's token_policies has a file <policiesDir>/<policy>.hcl, and one of them grants read on <mount>/data/<path> (kv-v2) or <mount>/<path> (kv-v1).",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const vault = options.vault;
    const authNamed = namedObjects(index, index.objects('VaultAuth'));
    const accountNamed = namedObjects(index, index.objects('ServiceAccount'));
    const roleChecked = new Map<YamlDoc, RoleFile | undefined>();

    const roleOf = (auth: YamlDoc): RoleFile | undefined => {
      if (roleChecked.has(auth)) return roleChecked.get(auth);
      const role = checkAuth(index, auth, options.vault, accountNamed, out);
      roleChecked.set(auth, role);
      return role;
    };

    for (const vss of index.objects('VaultStaticSecret')) {
      const namespace = index.namespaceOf(vss);
      const name = qualified(namespace, vss.name ?? '');
      const ref = stringAt(vss.value, ['spec', 'vaultAuthRef']);
      if (!ref) {
        out.push(at(vss, ['spec'], `VaultStaticSecret ${name} sets no vaultAuthRef: it falls back to the operator's default VaultAuth`, 'Set spec.vaultAuthRef to the VaultAuth of the app (with its ServiceAccount and role).'));
        continue;
      }
      const [refNs, refName] = ref.includes('/') ? ref.split('/', 2) : [namespace, ref];
      const auth = authNamed(refName, refNs);
      if (!auth) {
        out.push(at(vss, ['spec', 'vaultAuthRef'], `VaultStaticSecret ${name} uses VaultAuth ${qualified(refNs, refName)}, which the repository does not define`, `Define VaultAuth ${refName} in namespace ${refNs} (method kubernetes, mount ${vault.authMount}, a role and a ServiceAccount).`));
        continue;
      }
      const role = roleOf(auth);
      if (!role) continue;
      const mount = stringAt(vss.value, ['spec', 'mount']) ?? vault.kvMount;
      const path = stringAt(vss.value, ['spec', 'path']) ?? '';
      const apiPath = stringAt(vss.value, ['spec', 'type']) === 'kv-v1' ? `${mount}/${path}` : `${mount}/data/${path}`;
      const grants = role.policies.flatMap(p => p.grants);
      if (!grants.some(g => g.capabilities.includes('read') && !g.capabilities.includes('deny') && policyCovers(g.pattern, apiPath))) {
        out.push(
          at(
            vss,
            ['spec', 'path'],
            `VaultStaticSecret ${name} reads ${apiPath}, but no policy of role ${role.name} (${role.policies.map(p => p.name).join(', ') || 'none'}) grants read on it`,
            `Add path "${apiPath}" { capabilities = ["read"] } to a policy in ${vault.policiesDir}/ listed in the role's token_policies.`,
          ),
        );
      }
    }
    return out;
  },
};

interface RoleFile {
  name: string;
  policies: { name: string; grants: ReturnType<typeof policyGrants> }[];
}

function checkAuth(
  index: RepoIndex,
  auth: YamlDoc,
  vault: { authMount: string; rolesDir: string; policiesDir: string },
  accountNamed: ReturnType<typeof namedObjects>,
  out: RawFinding[],
): RoleFile | undefined {
  const namespace = index.namespaceOf(auth);
  const name = qualified(namespace, auth.name ?? '');
  const mount = stringAt(auth.value, ['spec', 'mount']);
  if (mount !== undefined && mount !== vault.authMount) {
    out.push(at(auth, ['spec', 'mount'], `VaultAuth ${name} uses auth mount ${mount}, but OpenBao's Kubernetes auth is mounted at ${vault.authMount}`, `Set spec.mount: ${vault.authMount}.`));
  }
  const sa = stringAt(auth.value, ['spec', 'kubernetes', 'serviceAccount']);
  if (sa && sa !== 'default' && !accountNamed(sa, namespace)) {
    out.push(at(auth, ['spec', 'kubernetes', 'serviceAccount'], `VaultAuth ${name} logs in as ServiceAccount ${sa}, which the namespace does not define`, `Define ServiceAccount ${sa} in namespace ${namespace} beside the VaultAuth.`));
  }
  const role = stringAt(auth.value, ['spec', 'kubernetes', 'role']);
  if (!role) {
    out.push(at(auth, ['spec', 'kubernetes'], `VaultAuth ${name} names no Kubernetes auth role`, 'Set spec.kubernetes.role to the role file that binds its ServiceAccount.'));
    return undefined;
  }
  const roleFile = `${vault.rolesDir}/${role}.yaml`;
  const roleDoc = index.docsOf(roleFile)[0];
  if (!roleDoc) {
    out.push(
      at(
        auth,
        ['spec', 'kubernetes', 'role'],
        `VaultAuth ${name} uses role ${role}, but ${roleFile} does not exist`,
        `Create ${roleFile} with bound_service_account_names: [${sa ?? '<sa>'}], bound_service_account_namespaces: [${namespace ?? '<namespace>'}] and token_policies, then ask the operator to reconcile OpenBao.`,
      ),
    );
    return undefined;
  }
  if (sa && !includesName(arrayAt(roleDoc.value, ['bound_service_account_names']), sa)) {
    out.push(at(roleDoc, ['bound_service_account_names'], `Role ${role} does not bind ServiceAccount ${sa}, which VaultAuth ${name} logs in as`, `Add ${sa} to bound_service_account_names.`));
  }
  if (namespace && !includesName(arrayAt(roleDoc.value, ['bound_service_account_namespaces']), namespace)) {
    out.push(at(roleDoc, ['bound_service_account_namespaces'], `Role ${role} does not bind namespace ${namespace}, where VaultAuth ${name} logs in`, `Add ${namespace} to bound_service_account_namespaces.`));
  }
  const policies: RoleFile['policies'] = [];
  arrayAt(roleDoc.value, ['token_policies']).forEach((p, i) => {
    if (typeof p !== 'string') return;
    const file = `${vault.policiesDir}/${p}.hcl`;
    const text = index.tree.read(file);
    if (text === undefined) {
      out.push(at(roleDoc, ['token_policies', i], `Role ${role} grants policy ${p}, but ${file} does not exist`, `Create ${file} granting read on the secret paths, or remove the policy.`));
    } else policies.push({ name: p, grants: policyGrants(text) });
  });
  if (!arrayAt(roleDoc.value, ['token_policies']).length) {
    out.push(atFile(roleFile, `Role ${role} grants no token_policies`, 'List the policies that grant read on the secrets in token_policies.'));
  }
  return { name: role, policies };
}
