/**
 * The value the preview field gives the form: what its validation reads to let the
 * wizard go on to Create, or to stop it with the refusal.
 */
export const PREVIEW_PROPOSED = 'proposed';
const REFUSED = 'refused: ';

/** The field value of a refused change. */
export function refusedValue(message: string): string {
  return `${REFUSED}${message}`;
}

/**
 * Why the wizard must not go on with this preview value, or undefined when it may:
 * the refusal, or a preview that has not finished.
 */
export function previewBlocker(value: string | undefined): string | undefined {
  if (value === PREVIEW_PROPOSED) return undefined;
  if (value?.startsWith(REFUSED)) return `Homeport would refuse this change: ${value.slice(REFUSED.length)}`;
  return 'The proposed change is still being computed: wait for the preview';
}

/** The preview field's validation: an error while the preview refuses or is not done. */
export function validatePreview(value: unknown, field: { addError(message: string): void }): void {
  const blocker = previewBlocker(value as string | undefined);
  if (blocker) field.addError(blocker);
}
