import { renderChangeSet } from '../render/renderChangeSet';
import { createFluxLvmOpenbaoProfile } from '../profiles/fluxLvmOpenbao';
import { parseSpecs } from '../specs';
import { lintChangeSet } from './lintChangeSet';
import { demo } from './testing';

describe('lintChangeSet', () => {
  const profile = createFluxLvmOpenbaoProfile();

  it('finds nothing in what the profile renders', () => {
    const changeSet = renderChangeSet(
      profile,
      parseSpecs(
        '- { kind: app, name: whoami, source: { type: image, repository: traefik/whoami, tag: v1.10.3, ports: [{ name: http, port: 80 }] } }\n- { kind: http, app: whoami }\n- { kind: volume, app: whoami, purpose: data, size: 1Gi }\n',
      ),
      demo(),
    );
    expect(lintChangeSet(demo(), changeSet, { profile: 'flux-lvm-openbao' })).toEqual([]);
  });

  it('reports only findings in the files the change set touches', () => {
    const changeSet = {
      profile: 'flux-lvm-openbao',
      files: [
        { path: 'apps/mealie/extra.yaml', action: 'add' as const, content: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: mealie }\nspec:\n  containers: [{ name: c, image: "busybox:latest" }]\n' },
      ],
      manualSteps: [],
    };
    // The tree has another violation (llama's tag) that the review must not show.
    const tree = demo().with([['apps/llama/deployment.yaml', demo().read('apps/llama/deployment.yaml')!.replace('v197-vulkan-b8202', 'latest')]]);
    expect(lintChangeSet(tree, changeSet, { profile: 'flux-lvm-openbao' }).map(f => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'apps/mealie/extra.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/mealie/extra.yaml:5 flux-lvm-openbao/mutable-tag',
    ]);
  });
});
