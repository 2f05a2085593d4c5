import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  demoRepositoryEntity,
  demoSystemEntity,
  mealieEntity,
} from './fixtures';
import {
  gitopsEntityContent,
  gitopsOverviewPage,
  gitopsPlugin,
  gitopsUnderstandingCard,
} from './plugin';

describe('gitopsPlugin', () => {
  it('provides the change preview field, the API, the entity tab and cards, and the overview page', () => {
    expect(gitopsPlugin.id).toBe('gitops');
    expect(
      [...(gitopsPlugin as any).extensions]
        .map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual([
      'api:gitops',
      'api:gitops/pending-changes',
      'entity-card:gitops/defined-in-git',
      'entity-card:gitops/manual-steps',
      'entity-card:gitops/understanding',
      'entity-content:gitops',
      'page:gitops',
      'scaffolder-form-field:gitops/change-preview',
      'scaffolder-form-field:gitops/repository-picker',
    ]);
  });

  it('shows the GitOps tab on service entities only', () => {
    const tester = createExtensionTester(gitopsEntityContent);
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('GitOps');
    expect(filter(mealieEntity)).toBe(true);
    expect(filter(demoRepositoryEntity)).toBe(false);
  });

  it("shows the understanding card on a GitOps repository's System only", () => {
    const tester = createExtensionTester(gitopsUnderstandingCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(demoSystemEntity)).toBe(true);
    expect(filter({ ...demoSystemEntity, metadata: { name: 'other' } })).toBe(
      false,
    );
    expect(filter(mealieEntity)).toBe(false);
    expect(filter(demoRepositoryEntity)).toBe(false);
  });

  it('mounts the overview page at /gitops, titled for the nav', () => {
    const tester = createExtensionTester(gitopsOverviewPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/gitops');
    expect(tester.get(coreExtensionData.title)).toBe('GitOps');
  });
});
