import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSpecs } from '../../specs';
import { renderChangeSet } from '../../render/renderChangeSet';
import { corpusDir, DEMO_REPO } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { createFluxLvmOpenbaoProfile } from '.';

const FIXTURES = path.join(__dirname, '__fixtures__');
const KLASTER = corpusDir('Lumpiasty__klaster');
const spec = (name: string) => fs.readFileSync(path.join(FIXTURES, name, 'spec.yaml'), 'utf8');

// The klaster extract has no Makefile (see its SOURCE.txt); seed 000 wires Talos patches
// through the Makefile's gen-talos-config target, so the copy gets the demo repository's.
const klaster = readTreeSync(KLASTER).with([
  ['Makefile', fs.readFileSync(path.join(DEMO_REPO, 'Makefile'), 'utf8')],
]);
const profile = createFluxLvmOpenbaoProfile();
const specs = [...parseSpecs(spec('app-full')), ...parseSpecs(spec('gpu-amd'))];

describe('flux-lvm-openbao on the klaster repository (seed 000)', () => {
  const changeSet = renderChangeSet(profile, specs, klaster);

  it('adds the apps beside klaster’s own and edits only the registration and the Makefile', () => {
    expect(changeSet.files.map(f => `${f.action} ${f.path}`)).toEqual([
      'add .homeport/steps/comfyui.yaml',
      'add .homeport/steps/linkding.yaml',
      'modify Makefile',
      'add apps/comfyui/catalog-info.yaml',
      'add apps/comfyui/deployment.yaml',
      'add apps/comfyui/kustomization.yaml',
      'add apps/comfyui/namespace.yaml',
      'add apps/comfyui/pvc.yaml',
      'modify apps/kustomization.yaml',
      'add apps/linkding/catalog-info.yaml',
      'add apps/linkding/deployment.yaml',
      'add apps/linkding/ingress.yaml',
      'add apps/linkding/kustomization.yaml',
      'add apps/linkding/namespace.yaml',
      'add apps/linkding/postgres-cluster.yaml',
      'add apps/linkding/postgres-volume.yaml',
      'add apps/linkding/pvc.yaml',
      'add apps/linkding/secret.yaml',
      'add talos/patches/comfyui.patch',
      'add vault/kubernetes-auth-roles/linkding.yaml',
      'add vault/policy/authentik-linkding.hcl',
    ]);
  });

  it('names files as klaster’s own apps do', () => {
    const klasterNames = new Set(
      klaster.paths().filter(p => /^apps\/[^/]+\/[^/]+$/.test(p)).map(p => path.basename(p)),
    );
    // namespace.yaml is what seed 000 asks for (the extract lost klaster's copies);
    // catalog-info.yaml is Homeport's record of the owner.
    for (const name of ['namespace.yaml', 'catalog-info.yaml']) klasterNames.add(name);
    const ours = changeSet.files
      .filter(f => /^apps\/(linkding|comfyui)\//.test(f.path))
      .map(f => path.basename(f.path));
    expect(ours.filter(n => !klasterNames.has(n))).toEqual([]);
  });

  it('appends to apps/kustomization.yaml and keeps every entry', () => {
    const registration = changeSet.files.find(f => f.path === 'apps/kustomization.yaml')!;
    expect(registration.content).toBe(`${registration.previous}  - linkding\n  - comfyui\n`);
  });

  it('writes a repository whose new app folders kustomize build', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-klaster-'));
    try {
      fs.cpSync(KLASTER, copy, { recursive: true });
      for (const file of changeSet.files) {
        fs.mkdirSync(path.dirname(path.join(copy, file.path)), { recursive: true });
        fs.writeFileSync(path.join(copy, file.path), file.content);
      }
      for (const app of ['linkding', 'comfyui']) {
        const out = execFileSync('kubectl', ['kustomize', path.join(copy, 'apps', app)]).toString();
        const kinds = out.match(/^kind: .+$/gm)!.sort();
        expect({ app, kinds }).toEqual({
          app,
          kinds:
            app === 'linkding'
              ? ['kind: Cluster', 'kind: Deployment', 'kind: Ingress', 'kind: LVMVolume', 'kind: LVMVolume', 'kind: Namespace', 'kind: PersistentVolume', 'kind: PersistentVolume', 'kind: PersistentVolumeClaim', 'kind: Service', 'kind: ServiceAccount', 'kind: VaultAuth', 'kind: VaultStaticSecret']
              : ['kind: Deployment', 'kind: LVMVolume', 'kind: Namespace', 'kind: PersistentVolume', 'kind: PersistentVolumeClaim', 'kind: Service'],
        });
      }
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a GPU workload when the repository has no Makefile to wire its Talos patch', () => {
    expect(() => renderChangeSet(profile, parseSpecs(spec('gpu-amd')), readTreeSync(KLASTER))).toThrow(
      'Makefile does not exist in the repository',
    );
  });
});
