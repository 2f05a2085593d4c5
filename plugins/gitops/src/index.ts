/**
 * Homeport's frontend: the GitOps change preview in the Create wizard.
 *
 * @packageDocumentation
 */
export { gitopsPlugin as default } from './plugin';
export { ChangePreview } from './components/ChangePreview';
