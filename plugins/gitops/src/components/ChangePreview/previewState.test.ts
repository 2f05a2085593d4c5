import { PREVIEW_PROPOSED, previewBlocker, refusedValue } from './previewState';

describe('the preview field value', () => {
  it('lets the wizard go on with a proposal only', () => {
    expect(previewBlocker(PREVIEW_PROPOSED)).toBeUndefined();
    expect(previewBlocker(refusedValue("App 'web' already exists (apps/web/)"))).toBe(
      "Homeport would refuse this change: App 'web' already exists (apps/web/)",
    );
    expect(previewBlocker(undefined)).toBe('The proposed change is still being computed: wait for the preview');
  });
});
