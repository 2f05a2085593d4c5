import { getIn } from '../../k8s';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { appReleases, ChartRule, doc } from './common';

/** L24: image tags follow the automation's scheme; other majors set the update pattern. */
export const imageTag: ChartRule = {
  ...doc(
    'image-tag',
    'error',
    'L24',
    'image tags look like v1_<sha7>_<YYYY-MM-DDTHH.MM.SSZ>; "if you use a vN other than v1, set image.tagUpdatePattern to ^vN_…".',
  ),
  title: "Image tags follow the image automation's scheme",
  description:
    "The values.image.tag of every app's HelmRelease matches the profile's tagFormat (v<N>_<sha7>_<timestamp> by default); when its major N is not the chart's default and the automation follows the app (image.updateTagAutomatically is not false), values.image.tagUpdatePattern is the profile's pattern for N, or the automation stops following the app.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const format = new RegExp(options.tagFormat);
    for (const hr of appReleases(index, options)) {
      const tagPath = ['spec', 'values', 'image', 'tag'];
      const tag = hr.scalarText(tagPath);
      if (tag === undefined) {
        out.push(at(hr, ['spec', 'values', 'image'], `HelmRelease ${hr.name} sets no values.image.tag`, `Set values.image.tag to a tag of the form ${options.tagDescription}.`));
        continue;
      }
      const match = format.exec(tag);
      if (!match?.groups?.major) {
        out.push(at(hr, tagPath, `HelmRelease ${hr.name} uses tag ${tag}, which does not match ${options.tagDescription}: the image automation cannot follow it`, `Tag the image in CI as ${options.tagDescription} and use that tag.`));
        continue;
      }
      const major = match.groups.major;
      if (major === options.defaultMajor || getIn(hr.value, ['spec', 'values', 'image', 'updateTagAutomatically']) === false) continue;
      const wanted = options.tagUpdatePattern.replace('{major}', major);
      const pattern = getIn(hr.value, ['spec', 'values', 'image', 'tagUpdatePattern']);
      if (pattern !== wanted) {
        out.push(
          at(
            hr,
            pattern === undefined ? tagPath : ['spec', 'values', 'image', 'tagUpdatePattern'],
            `HelmRelease ${hr.name} uses a v${major} tag but ${pattern === undefined ? 'sets no image.tagUpdatePattern' : `its image.tagUpdatePattern is ${String(pattern)}`}: the automation follows v${options.defaultMajor} tags only`,
            `Set values.image.tagUpdatePattern: "${wanted}".`,
          ),
        );
      }
    }
    return out;
  },
};
