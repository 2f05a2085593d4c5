import path from 'node:path';
import { changeSetToDiff } from '../../changeset/diff';
import { DEMO_REPO, REPO_ROOT } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { formatDecommission, renderDecommission } from './decommission';

const demo = readTreeSync(DEMO_REPO);
const PROFILE = 'flux-lvm-openbao';

const actions = (r: ReturnType<typeof renderDecommission>) => r.changeSet.files.map(f => `${f.action} ${f.path}`);
const modifiedLines = (r: ReturnType<typeof renderDecommission>) =>
  changeSetToDiff({ ...r.changeSet, files: r.changeSet.files.filter(f => f.action === 'modify') })
    .split('\n')
    .filter(l => /^[-+][^-+]/.test(l));

describe('renderDecommission on the demo repository', () => {
  it('removes llama the way seed 000 registers it: folder, line, Vault role and policy, Talos patch and Makefile line', () => {
    const result = renderDecommission(PROFILE, demo, { app: 'llama' });
    expect(actions(result)).toEqual([
      'modify Makefile',
      'modify apps/kustomization.yaml',
      'delete apps/llama/auth-proxy.yaml',
      'delete apps/llama/configmap.yaml',
      'delete apps/llama/deployment.yaml',
      'delete apps/llama/ingress.yaml',
      'delete apps/llama/kustomization.yaml',
      'delete apps/llama/namespace.yaml',
      'delete apps/llama/pvc.yaml',
      'delete apps/llama/secret.yaml',
      'delete talos/patches/llama.patch',
      'delete vault/kubernetes-auth-roles/llama-proxy.yaml',
      'delete vault/policy/llama.hcl',
    ]);
    expect(modifiedLines(result)).toEqual(['-\t\t--config-patch @talos/patches/llama.patch \\', '-  - llama']);
    expect(result.removed.slice(8)).toEqual([
      { file: 'apps/kustomization.yaml', what: 'resources entry llama' },
      { file: 'vault/kubernetes-auth-roles/llama-proxy.yaml', what: 'Vault role llama-proxy' },
      { file: 'vault/policy/llama.hcl', what: 'Vault policy llama' },
      { file: 'talos/patches/llama.patch', what: 'PodSecurity exemption of namespace llama' },
      { file: 'Makefile', what: 'line --config-patch @talos/patches/llama.patch' },
    ]);
    expect(result.deletesData).toBe(true);
    expect(result.data).toEqual([
      { kind: 'volume', name: 'llama-models-lvmssd', detail: '200Gi on ssd-lvmpv', file: 'apps/llama/pvc.yaml' },
    ]);
    expect(result.changeSet.manualSteps.map(s => s.id)).toEqual([
      'dns:llama.lumpiasty.xyz',
      'secret:secret/llama',
      'talos:llama',
      'data:llama',
    ]);
    expect(formatDecommission(result).split('\n').slice(0, 4)).toEqual([
      `> **Warning: data is deleted.** This deletes llama's data: volume llama-models-lvmssd (200Gi on ssd-lvmpv). Once the change is merged the GitOps engine prunes them and the data is gone unless it is backed up. Choose "keep data" to keep them.`,
      '',
      'Removed:',
      '- `apps/llama/auth-proxy.yaml`: Deployment llama-proxy, ConfigMap llama-proxy-config, Service llama-proxy',
    ]);
  });

  it('removes podinfo, which has no data, with no warning', () => {
    const result = renderDecommission(PROFILE, demo, { app: 'podinfo' });
    expect(actions(result)).toEqual([
      'modify apps/kustomization.yaml',
      'delete apps/podinfo/docs/index.md',
      'delete apps/podinfo/ingress.yaml',
      'delete apps/podinfo/kustomization.yaml',
      'delete apps/podinfo/mkdocs.yml',
      'delete apps/podinfo/namespace.yaml',
      'delete apps/podinfo/release.yaml',
    ]);
    expect(modifiedLines(result)).toEqual(['-  - podinfo']);
    expect(result).toMatchObject({ deletesData: false, data: [], kept: [], warning: undefined });
    expect(formatDecommission(result).startsWith('Removed:\n')).toBe(true);
  });

  it('keeps the data volumes, the database and the namespace of mealie when asked, registered as before', () => {
    const result = renderDecommission(PROFILE, demo, { app: 'mealie', keepData: true });
    expect(actions(result)).toEqual([
      'delete .homeport/steps/mealie.yaml',
      'delete apps/mealie/catalog-info.yaml',
      'delete apps/mealie/deployment.yaml',
      'delete apps/mealie/ingress.yaml',
      'modify apps/mealie/kustomization.yaml',
      'delete apps/mealie/secret.yaml',
      'delete apps/mealie/service.yaml',
      'delete vault/kubernetes-auth-roles/mealie.yaml',
      'delete vault/policy/mealie.hcl',
    ]);
    expect(result.changeSet.files.find(f => f.action === 'modify')!.content).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - namespace.yaml\n  - postgres-volume.yaml\n  - postgres-cluster.yaml\n  - pvc.yaml\n',
    );
    expect(result.kept.map(k => k.file)).toEqual([
      'apps/mealie/namespace.yaml',
      'apps/mealie/postgres-cluster.yaml',
      'apps/mealie/postgres-volume.yaml',
      'apps/mealie/pvc.yaml',
      'apps/mealie/kustomization.yaml',
    ]);
    expect(result.deletesData).toBe(false);
    expect(result.warning).toBeUndefined();
    expect(result.data.map(d => `${d.kind} ${d.name}`)).toEqual(['volume mealie-data-lvmhdd', 'database mealie-db']);
    // The steps recorded for mealie go with it: its entity page goes too.
    expect(result.removed).toContainEqual({ file: '.homeport/steps/mealie.yaml', what: 'manual steps recorded for mealie' });
  });

  it('refuses an unknown service, a shared file, and keeping data mixed with a workload', () => {
    expect(() => renderDecommission(PROFILE, demo, { app: 'wiki' })).toThrow(
      "The repository has no service 'wiki'; its services are llama, mealie, podinfo, teamspeak",
    );
    expect(() => renderDecommission(PROFILE, demo, { app: 'Wiki' })).toThrow(/^Invalid decommission: app: app name must be a DNS-1035 label/);
    const mixed = demo.with([
      ['apps/teamspeak/pvc.yaml', `${demo.read('apps/teamspeak/pvc.yaml')}---\n${demo.read('apps/teamspeak/service.yaml')}`],
    ]);
    expect(() => renderDecommission(PROFILE, mixed, { app: 'teamspeak', keepData: true })).toThrow(
      'apps/teamspeak/pvc.yaml holds data (LVMVolume teamspeak-data-lvmssd, PersistentVolume teamspeak-data-lvmssd, PersistentVolumeClaim teamspeak-data-lvmssd) and other objects (Service teamspeak): split the file to keep the data, or remove the data too',
    );
  });

  it('refuses a service one of whose files another service is also defined in', () => {
    const tree = demo.with([
      ['apps/podinfo/kustomization.yaml', `${demo.read('apps/podinfo/kustomization.yaml')}  - ../mealie/service.yaml\n`],
    ]);
    expect(() => renderDecommission(PROFILE, tree, { app: 'podinfo' })).toThrow(
      'podinfo cannot be removed on its own: apps/mealie/service.yaml also defines mealie. Split those files first, or remove the objects by hand',
    );
  });

  it('keeps a Vault policy another role still grants', () => {
    const tree = demo.with([['vault/kubernetes-auth-roles/other.yaml', 'token_policies:\n  - llama\n']]);
    const result = renderDecommission(PROFILE, tree, { app: 'llama' });
    expect(actions(result)).toContain('delete vault/kubernetes-auth-roles/llama-proxy.yaml');
    expect(actions(result)).not.toContain('delete vault/policy/llama.hcl');
  });
});

describe('renderDecommission on an Argo CD repository (argocd-ceph-eso)', () => {
  const tree = readTreeSync(
    path.join(REPO_ROOT, 'plugins/gitops-common/src/profiles/argocdCephEso/__fixtures__/app-full/files'),
  );

  it("removes the app's folder, its Application, its shared ingress and database files, and their lines", () => {
    const result = renderDecommission('argocd-ceph-eso', tree, { app: 'ledger' });
    expect(actions(result).filter(a => !a.startsWith('delete cluster/apps/other/ledger/'))).toEqual([
      'delete .homeport/steps/ledger.yaml',
      'modify cluster/apps/shared/ingress/kustomization.yaml',
      'delete cluster/apps/shared/ingress/ledger.yaml',
      'delete cluster/platform/base/data/data-definitions/postgres/pg-other/database-ledger.yaml',
      'delete cluster/platform/base/data/data-definitions/postgres/pg-other/externalsecret-ledger.yaml',
      'modify cluster/platform/base/data/data-definitions/postgres/pg-other/kustomization.yaml',
      'modify cluster/platform/gitops/argocd/apps/kustomization.yaml',
      'delete cluster/platform/gitops/argocd/apps/ledger-app.yaml',
    ]);
    expect(modifiedLines(result)).toEqual([
      '-  - ledger.yaml',
      '-  - database-ledger.yaml',
      '-  - externalsecret-ledger.yaml',
      '-  - ledger-app.yaml',
    ]);
    expect(result.data.map(d => `${d.kind} ${d.name}`)).toEqual(['volume ledger-data', 'database pg-other-ledger']);
  });

});
