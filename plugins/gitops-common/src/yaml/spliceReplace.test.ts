import { spliceRemoveItem, spliceReplace, SpliceError } from './splice';

const VALUES = `spec:
  values:
    replicaCount: 1

    image:
      repository: ghcr.io/stefanprodan/podinfo
      tag: "6.9.1" # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io
      plain: 6.9.1
      single: '6.9.1'
`;

describe('spliceReplace', () => {
  it('replaces a double-quoted scalar and keeps the comment after it', () => {
    expect(spliceReplace(VALUES, ['spec', 'values', 'image', 'tag'], '6.10.0')).toBe(
      VALUES.replace('tag: "6.9.1" #', 'tag: "6.10.0" #'),
    );
  });

  it('keeps single quotes, and quotes a plain value that would read as a number', () => {
    expect(spliceReplace(VALUES, ['spec', 'values', 'image', 'single'], "it's")).toBe(
      VALUES.replace("single: '6.9.1'", "single: 'it''s'"),
    );
    expect(spliceReplace(VALUES, ['spec', 'values', 'image', 'plain'], '6.10')).toBe(
      VALUES.replace('plain: 6.9.1', 'plain: "6.10"'),
    );
    expect(spliceReplace(VALUES, ['spec', 'values', 'replicaCount'], 3)).toBe(
      VALUES.replace('replicaCount: 1', 'replicaCount: 3'),
    );
  });

  it('refuses a path that holds nothing or a collection', () => {
    expect(() => spliceReplace(VALUES, ['spec', 'values', 'missing'], 'x')).toThrow(
      new SpliceError('nothing is set at spec.values.missing'),
    );
    expect(() => spliceReplace(VALUES, ['spec', 'values', 'image'], 'x')).toThrow(
      new SpliceError('spec.values.image is not a plain value'),
    );
  });
});

describe('spliceRemoveItem', () => {
  const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - podinfo
  # recipes
  - mealie
  - teamspeak
`;

  it('removes an item with the comment lines above it', () => {
    expect(spliceRemoveItem(KUSTOMIZATION, ['resources'], 1)).toBe(
      KUSTOMIZATION.replace('  # recipes\n  - mealie\n', ''),
    );
  });

  it('removes the last item', () => {
    expect(spliceRemoveItem(KUSTOMIZATION, ['resources'], 2)).toBe(KUSTOMIZATION.replace('  - teamspeak\n', ''));
  });

  it('leaves an empty list when it removes the only item', () => {
    expect(spliceRemoveItem('kind: Kustomization\nresources:\n  - web\nnamespace: web\n', ['resources'], 0)).toBe(
      'kind: Kustomization\nresources: []\nnamespace: web\n',
    );
  });
});
