import { FluxLvmOpenbaoOptions } from '../../../profiles/fluxLvmOpenbao/options';
import { unlistedFileRule } from '../shared/unlistedFile';
import { unregisteredAppRule } from '../shared/unregisteredApp';
import { doc } from './common';

/** L01: every app folder is imported from the main apps kustomization. */
export const unregisteredApp = unregisteredAppRule<FluxLvmOpenbaoOptions>(
  doc(
    'unregistered-app',
    'error',
    'L01',
    '"Each app on cluster should be contained in its own kustomization living in subdirectory under apps and imported from main apps kustomization."',
  ),
  o => o.appsDir,
);

/** L02: the app's kustomization imports every file of the app. */
export const unlistedFile = unlistedFileRule(
  doc('unlisted-file', 'error', 'L02', '"App Kustomization should import all resources related to app in kustomization.yaml."'),
);
