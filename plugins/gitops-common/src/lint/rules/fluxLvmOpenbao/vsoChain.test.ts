import { demo, edit, lintRule, withFiles } from '../../testing';
import { policyCovers, policyGrants } from './vsoChain';

const ID = 'flux-lvm-openbao/vso-chain';

describe('flux-lvm-openbao/vso-chain', () => {
  it('passes on a complete chain: VaultStaticSecret, VaultAuth, ServiceAccount, role, policy', () => {
    expect(lintRule(ID, demo())).toEqual([]);
  });

  it('reports a missing VaultAuth', () => {
    const tree = edit(demo(), 'apps/llama/secret.yaml', ['vaultAuthRef: llama', 'vaultAuthRef: ollama']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/llama/secret.yaml', line: 44, message: 'VaultStaticSecret llama/llama-api-key uses VaultAuth llama/ollama, which the repository does not define' },
    ]);
  });

  it('reports a missing ServiceAccount, a wrong auth mount and a missing role file', () => {
    let tree = edit(demo(), 'apps/llama/secret.yaml', ['    serviceAccount: llama-proxy', '    serviceAccount: llama-sa'], ['  mount: kubernetes', '  mount: k8s']);
    tree = withFiles(tree, { 'vault/kubernetes-auth-roles/llama-proxy.yaml': undefined });
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/llama/secret.yaml', line: 15, message: "VaultAuth llama/llama uses auth mount k8s, but OpenBao's Kubernetes auth is mounted at kubernetes" },
      { file: 'apps/llama/secret.yaml', line: 17, message: 'VaultAuth llama/llama uses role llama-proxy, but vault/kubernetes-auth-roles/llama-proxy.yaml does not exist' },
      { file: 'apps/llama/secret.yaml', line: 18, message: 'VaultAuth llama/llama logs in as ServiceAccount llama-sa, which the namespace does not define' },
    ]);
  });

  it('reports a role that binds another ServiceAccount or namespace, a missing policy file and a path no policy grants', () => {
    let tree = withFiles(demo(), {
      'vault/kubernetes-auth-roles/llama-proxy.yaml': 'bound_service_account_names:\n  - other\nbound_service_account_namespaces:\n  - other\ntoken_policies:\n  - llama\n  - missing\n',
    });
    tree = edit(tree, 'apps/llama/secret.yaml', ['  path: llama', '  path: ollama']);
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/llama/secret.yaml', line: 31, message: 'VaultStaticSecret llama/llama-api-key reads secret/data/ollama, but no policy of role llama-proxy (llama) grants read on it' },
      { file: 'vault/kubernetes-auth-roles/llama-proxy.yaml', line: 1, message: 'Role llama-proxy does not bind ServiceAccount llama-proxy, which VaultAuth llama/llama logs in as' },
      { file: 'vault/kubernetes-auth-roles/llama-proxy.yaml', line: 3, message: 'Role llama-proxy does not bind namespace llama, where VaultAuth llama/llama logs in' },
      { file: 'vault/kubernetes-auth-roles/llama-proxy.yaml', line: 7, message: 'Role llama-proxy grants policy missing, but vault/policy/missing.hcl does not exist' },
    ]);
  });

  it('reads the vault folders from the options', () => {
    const tree = withFiles(demo(), {
      'openbao/roles/llama-proxy.yaml': demo().read('vault/kubernetes-auth-roles/llama-proxy.yaml'),
      'openbao/roles/mealie.yaml': demo().read('vault/kubernetes-auth-roles/mealie.yaml'),
      'openbao/policies/llama.hcl': demo().read('vault/policy/llama.hcl'),
      'openbao/policies/mealie.hcl': demo().read('vault/policy/mealie.hcl'),
    });
    expect(lintRule(ID, tree, { profileOptions: { vault: { rolesDir: 'openbao/roles', policiesDir: 'openbao/policies' } } })).toEqual([]);
  });
});

describe('Vault policy paths', () => {
  it('reads path blocks and matches globs', () => {
    expect(policyGrants('path "secret/data/a/*" {\n  capabilities = ["read", "list"]\n}\npath "secret/data/+/b" { capabilities = ["read"] }\n')).toEqual([
      { pattern: 'secret/data/a/*', capabilities: ['read', 'list'], line: 1 },
      { pattern: 'secret/data/+/b', capabilities: ['read'], line: 4 },
    ]);
    expect(policyCovers('secret/data/a/*', 'secret/data/a/x/y')).toBe(true);
    expect(policyCovers('secret/data/+/b', 'secret/data/x/b')).toBe(true);
    expect(policyCovers('secret/data/+/b', 'secret/data/x/y/b')).toBe(false);
    expect(policyCovers('secret/data/llama', 'secret/data/llama2')).toBe(false);
  });
});
