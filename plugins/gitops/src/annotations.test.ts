import {
  GITOPS_ANNOTATIONS,
  gitopsDeliveryReconcilePermission as commonPermission,
} from '@homeport/plugin-gitops-common';
import {
  ANNOTATIONS,
  isGitopsService,
  readGitopsAnnotations,
} from './annotations';
import {
  demoManualSteps,
  demoRepositoryEntity,
  mealieEntity,
  withAnnotations,
} from './fixtures';
import { gitopsDeliveryReconcilePermission } from './permissions';

describe('annotations', () => {
  it('are the keys of GITOPS_ANNOTATIONS in gitops-common', () => {
    expect(ANNOTATIONS).toEqual(GITOPS_ANNOTATIONS);
  });

  it('use the reconcile permission of gitops-common', () => {
    expect(gitopsDeliveryReconcilePermission).toEqual(commonPermission);
  });

  it('read a service entity', () => {
    const a = readGitopsAnnotations(mealieEntity);
    expect(a).toMatchObject({
      repository: 'demo',
      profile: 'flux-lvm-openbao',
      folder: 'apps/mealie',
      kubernetesId: 'mealie',
      kubernetesNamespace: 'mealie',
      findings: [],
      problems: [],
    });
    expect(a.files).toHaveLength(10);
    expect(a.workloads).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'mealie' }),
    ]);
    expect(a.manualSteps).toBeUndefined();
    const withSteps = withAnnotations(mealieEntity, {
      'homeport.dev/manual-steps': JSON.stringify(demoManualSteps.mealie),
    });
    expect(
      readGitopsAnnotations(withSteps).manualSteps?.map(s => s.id),
    ).toEqual([
      'oidc:mealie',
      'secret:secret/authentik/mealie',
      'dns:mealie.lumpiasty.xyz',
    ]);
  });

  it('report annotations that are not JSON arrays, and read the rest', () => {
    const entity = {
      ...mealieEntity,
      metadata: {
        ...mealieEntity.metadata,
        annotations: {
          ...mealieEntity.metadata.annotations,
          'homeport.dev/findings': '{oops',
          'homeport.dev/files': '{"a":1}',
        },
      },
    };
    const a = readGitopsAnnotations(entity);
    expect(a.findings).toEqual([]);
    expect(a.files).toEqual([]);
    expect(a.problems).toEqual([
      'homeport.dev/files is not a JSON array',
      expect.stringMatching(/^homeport.dev\/findings is not valid JSON/),
    ]);
    expect(a.workloads).toHaveLength(1);
  });

  it('fall back to the entity name for the kubernetes id; manual steps stay unknown without the annotation', () => {
    const a = readGitopsAnnotations({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'ghost',
        annotations: { 'homeport.dev/repository': 'demo' },
      },
    });
    expect(a.kubernetesId).toBe('ghost');
    expect(a.manualSteps).toBeUndefined();
  });

  it('tell services from other entities', () => {
    expect(isGitopsService(mealieEntity)).toBe(true);
    expect(isGitopsService(demoRepositoryEntity)).toBe(false);
    expect(
      isGitopsService({
        apiVersion: 'v1',
        kind: 'Component',
        metadata: { name: 'x' },
      }),
    ).toBe(false);
  });
});
