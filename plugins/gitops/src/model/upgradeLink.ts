import { ContainerImage } from './types';

/** Where the Create wizard opens Homeport's upgrade template (`templates/upgrade`). */
export const UPGRADE_TEMPLATE_PATH = '/create/templates/default/gitops-upgrade';

/**
 * The upgrade template, prefilled through the wizard's `formData` query with the
 * service, the running tag of a drifting image, and (when the service runs several)
 * which workload and image: opening it proposes git to follow what runs.
 */
export function upgradeLink(
  entityRef: string,
  image: ContainerImage,
  which: { workload?: string; several?: boolean } = {},
): string | undefined {
  if (image.drift !== 'drift' || !image.tag) return undefined;
  const formData: Record<string, string> = { app: entityRef, tag: image.tag };
  if (which.several) {
    formData.imageRepository = image.repository;
    if (which.workload) formData.workload = which.workload;
  }
  return `${UPGRADE_TEMPLATE_PATH}?${new URLSearchParams({ formData: JSON.stringify(formData) })}`;
}
