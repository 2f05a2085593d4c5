import { getIn, isRecord, walk } from '../../k8s';
import { helmReleases } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';

/** L07: tags in Helm values carry a `# renovate:` comment. */
export const renovateComment: FluxLvmRule = {
  ...doc(
    'renovate-comment',
    'warning',
    'L07',
    '"Docker image tag is specified in non-standard field that Renovate may not recognise automatically such as Helm values … tag: "2.7.3" # renovate: depName=ghcr.io/usekaneo/kaneo registryUrl=https://ghcr.io"',
  ),
  title: 'Image tags in Helm values carry a Renovate comment',
  description:
    "Every non-empty 'tag' in a HelmRelease's values has a '# renovate: depName=…' comment on its line (or the line above), so Renovate can update it. Off when the profile's updateBot option is 'none'.",
  check: ({ index, options }) => {
    if (options.updateBot !== 'renovate') return [];
    const out: RawFinding[] = [];
    for (const d of helmReleases(index)) {
      const lines = index.lines(d.file);
      walk(getIn(d.value, ['spec', 'values']), (v, path, parents) => {
        const parent = parents[parents.length - 1];
        if (path[path.length - 1] !== 'tag' || v === '' || (typeof v !== 'string' && typeof v !== 'number')) return;
        if (isRecord(parent) && parent.enabled === false) return;
        const full = ['spec', 'values', ...path];
        const line = d.line(full);
        const here = lines[line - 1] ?? '';
        const above = lines[line - 2] ?? '';
        let comment = /^\s*#/.test(above) ? above : '';
        if (here.includes('#')) comment = here.slice(here.indexOf('#'));
        if (/renovate:.*depName=/.test(comment)) return;
        const image = getIn(parent, ['repository']);
        out.push(
          at(
            d,
            full,
            `Tag ${d.scalarText(full)} at values.${path.join('.')} of ${d.label} has no '# renovate: depName=…' comment: Renovate will not update it`,
            `Append '# renovate: depName=${typeof image === 'string' ? image : '<image>'} registryUrl=<registry>' to the line.`,
          ),
        );
      });
    }
    return out;
  },
};
