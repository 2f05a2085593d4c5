import { unlistedFileRule } from '../shared/unlistedFile';
import { doc } from './common';

/** L35 (inference): what an app's kustomization leaves out, Argo CD never syncs. */
export const unlistedFile = unlistedFileRule(
  doc('unlisted-file', 'error', 'L35', 'an app folder is one kustomization root that its Argo Application syncs. [inference: a file it does not list is never applied]'),
);
