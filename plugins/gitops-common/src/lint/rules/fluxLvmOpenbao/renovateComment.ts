import { getIn, isRecord, walk } from '../../k8s';
import { helmReleases } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { aliasTargetLine, mayHoldAlias, ParsedFile, parseWithLines } from '../shared/aliasLine';
import { renovateConfigFile } from '../shared/renovateConfig';
import { doc, FluxLvmRule } from './common';

/** Whether the line, or the comment line above it, carries `# renovate: depName=…`. */
function hasComment(lines: string[], line: number): boolean {
  const here = lines[line - 1] ?? '';
  const above = lines[line - 2] ?? '';
  let comment = /^\s*#/.test(above) ? above : '';
  if (here.includes('#')) comment = here.slice(here.indexOf('#'));
  return /renovate:.*depName=/.test(comment);
}

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
    "Every non-empty 'tag' in a HelmRelease's values has a '# renovate: depName=…' comment on its line (or the line above; for a YAML alias, on the anchor's line), so Renovate can update it. Silent when the repository has no Renovate configuration (renovate.json, .renovaterc, .github/renovate.json5, .renovate/, a renovate key in package.json, a Renovate CI job) or the profile's updateBot option is 'none'.",
  check: ({ index, options }) => {
    if (options.updateBot !== 'renovate') return [];
    if (!renovateConfigFile(index.paths, p => index.tree.read(p))) return [];
    const out: RawFinding[] = [];
    // Per file: its parse with positions, or `undefined` when it cannot hold an alias.
    const parsedFiles = new Map<string, ParsedFile | undefined>();
    for (const d of helmReleases(index)) {
      const lines = index.lines(d.file);
      walk(getIn(d.value, ['spec', 'values']), (v, path, parents) => {
        const parent = parents[parents.length - 1];
        if (path[path.length - 1] !== 'tag' || v === '' || (typeof v !== 'string' && typeof v !== 'number')) return;
        if (isRecord(parent) && parent.enabled === false) return;
        const full = ['spec', 'values', ...path];
        const line = d.line(full);
        if (hasComment(lines, line)) return;
        // `tag: *version`: the value (and Renovate's comment) is where the anchor is.
        if (!parsedFiles.has(d.file)) {
          const text = index.tree.read(d.file) ?? '';
          parsedFiles.set(d.file, mayHoldAlias(text) ? parseWithLines(text) : undefined);
        }
        const parsed = parsedFiles.get(d.file);
        const anchor = parsed && aliasTargetLine(parsed, d.index, full);
        if (anchor !== undefined && hasComment(lines, anchor)) return;
        const text = d.scalarText(full);
        const image = getIn(parent, ['repository']);
        out.push(
          at(
            d,
            full,
            `Tag ${text ?? String(v)} at values.${path.join('.')} of ${d.label} has no '# renovate: depName=…' comment: Renovate will not update it`,
            `Append '# renovate: depName=${typeof image === 'string' ? image : '<image>'} registryUrl=<registry>' to the line.`,
          ),
        );
      });
    }
    return out;
  },
};
