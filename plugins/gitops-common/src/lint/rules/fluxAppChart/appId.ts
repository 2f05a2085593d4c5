import { APP_ID } from '../../../profiles/fluxAppChart/checks';
import { RawFinding } from '../../types';
import { at, atFile, filesUnder } from '../helpers';
import { appReleases, ChartRule, doc } from './common';

/** L22: app identifiers are lowercase letters and hyphens. */
export const appId: ChartRule = {
  ...doc('app-id', 'error', 'L22', 'the app identifier is "some string containing only lowercase characters and hyphens".'),
  title: 'App identifiers are lowercase letters and hyphens',
  description: "Each app folder's name and the name of its HelmRelease match ^[a-z-]+$, and the HelmRelease is named after its folder.",
  check: ({ index, options, apps }) => {
    const out: RawFinding[] = [];
    for (const { app, folder } of apps) {
      if (!APP_ID.test(app)) {
        out.push(atFile(filesUnder(index, folder)[0], `App folder ${folder}/ is not a valid app identifier: use only lowercase letters and hyphens`, 'Rename the folder (and its HelmRelease) to lowercase letters and hyphens.'));
      }
    }
    for (const hr of appReleases(index, options)) {
      const folder = hr.file.slice(options.appsDir.length + 1).split('/')[0];
      const name = hr.name ?? '';
      if (!APP_ID.test(name)) {
        out.push(at(hr, ['metadata', 'name'], `HelmRelease ${name} is not a valid app identifier: use only lowercase letters and hyphens`, 'Rename it to lowercase letters and hyphens.'));
      } else if (name !== folder) {
        out.push(at(hr, ['metadata', 'name'], `HelmRelease ${name} lives in ${options.appsDir}/${folder}/: the release must be named after its folder`, `Name it ${folder}, or move it to ${options.appsDir}/${name}/.`));
      }
    }
    return out;
  },
};
