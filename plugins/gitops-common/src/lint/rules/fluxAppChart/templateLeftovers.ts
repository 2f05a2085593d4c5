import { RawFinding } from '../../types';
import { atFile } from '../helpers';
import { appReleases, ChartRule, doc } from './common';

/** The app the readme tells people to copy. */
export const TEMPLATE_APP = 'example-app';

/** L26: copies of the example keep none of its placeholders. */
export const templateLeftovers: ChartRule = {
  ...doc('template-leftovers', 'warning', 'L26', 'copy example-app and fill in the [MODIFY] fields, replacing "example-app" in the $imagepolicy comments with the app identifier.'),
  title: 'Copies of example-app keep none of its placeholders',
  description: `In an app's release file (other than ${TEMPLATE_APP}'s own), no [MODIFY] marker is left and every $imagepolicy setter comment names the app's own policy (<namespace>:<app>-image-policy).`,
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const files = new Map(appReleases(index, options).map(hr => [hr.file, hr.name ?? '']));
    for (const [file, app] of files) {
      if (app === TEMPLATE_APP) continue;
      index.lines(file).forEach((line, i) => {
        const report = (message: string, fix: string) => out.push({ ...atFile(file, message, fix), line: i + 1 });
        if (line.includes('[MODIFY]')) report(`${file} still has a [MODIFY] marker of the example`, 'Fill in the field and delete the marker comment.');
        for (const m of line.matchAll(/"\$imagepolicy":\s*"([^":]+):([^":]+)(?::[a-z]+)?"/g)) {
          if (m[2] !== `${app}-image-policy`) {
            report(`The $imagepolicy comment names ${m[1]}:${m[2]}, not the policy of app ${app}: the automation updates the wrong app`, `Use "${options.imagePolicyNamespace}:${app}-image-policy".`);
          }
        }
      });
    }
    return out;
  },
};
