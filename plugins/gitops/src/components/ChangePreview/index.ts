export { ChangePreview } from './ChangePreview';
export { useChangePreview } from './useChangePreview';
export type { ChangePreview as ChangePreviewData } from './useChangePreview';
