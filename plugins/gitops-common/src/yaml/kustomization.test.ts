import { addKustomizationResources, newKustomization } from './kustomization';

describe('kustomization edits', () => {
  it('appends resources and keeps comments, order and existing entries', () => {
    const text = [
      '# Apps of the cluster',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - immich # photos',
      '  # - gitea (disabled)',
      '  - llama',
      '',
    ].join('\n');
    expect(addKustomizationResources('apps/kustomization.yaml', text, ['llama', 'linkding'])).toBe(
      [
        '# Apps of the cluster',
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - immich # photos',
        '  # - gitea (disabled)',
        '  - llama',
        '  - linkding',
        '',
      ].join('\n'),
    );
  });

  it('creates the list when there is none', () => {
    expect(addKustomizationResources('k.yaml', 'kind: Kustomization\n', ['a.yaml'])).toBe(
      'kind: Kustomization\nresources:\n  - a.yaml\n',
    );
  });

  it('refuses malformed YAML with the file name', () => {
    expect(() => addKustomizationResources('apps/kustomization.yaml', 'resources: [a\n', ['b'])).toThrow(
      /^apps\/kustomization.yaml is not valid YAML: /,
    );
    expect(() => addKustomizationResources('apps/kustomization.yaml', '- a\n', ['b'])).toThrow(
      'apps/kustomization.yaml is not valid YAML: the document is not a mapping',
    );
  });

  it('writes a new kustomization', () => {
    expect(newKustomization(['namespace.yaml', 'release.yaml'], { namespace: 'media' })).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: media\nresources:\n  - namespace.yaml\n  - release.yaml\n',
    );
  });
});
