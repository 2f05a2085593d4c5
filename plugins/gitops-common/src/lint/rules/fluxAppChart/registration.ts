import { FluxAppChartOptions } from '../../../profiles/fluxAppChart/options';
import { unlistedFileRule } from '../shared/unlistedFile';
import { unregisteredAppRule } from '../shared/unregisteredApp';
import { doc } from './common';

/** L23: the app is listed in kubernetes/apps/kustomization.yaml. */
export const unregisteredApp = unregisteredAppRule<FluxAppChartOptions>(
  doc('unregistered-app', 'error', 'L23', 'add the app to kubernetes/apps/kustomization.yaml (the app directory is listed there).'),
  o => o.appsDir,
);

/** L23 (inference): everything in the app folder is listed in its kustomization. */
export const unlistedFile = unlistedFileRule(
  doc('unlisted-file', 'error', 'L23', '"apps contains all app-specific resources". [inference: a file its kustomization does not list is never applied]'),
);
