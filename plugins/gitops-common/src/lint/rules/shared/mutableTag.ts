import { exactTag } from '../../../specs/names';
import { containersOf, getIn, isRecord, parseImage, walk } from '../../k8s';
import { helmReleases, podSpecs } from '../../references';
import type { YamlDoc } from '../../repoIndex';
import { RawFinding, Rule, RuleDoc } from '../../types';
import { at } from '../helpers';

/** Why a tag is not exact (the spec validation's own words), or `undefined` when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag.includes('${') || tag.includes('{{')) return undefined;
  const result = exactTag.safeParse(tag);
  return result.success ? undefined : result.error.issues[0].message;
}

/** A content digest (`sha256:` and 64 hex digits, or another algorithm's): the image cannot change under it. */
export function isDigest(text: string | undefined): boolean {
  return text !== undefined && /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/.test(text.trim());
}

/** Why an image reference is not pinned, or `undefined` (a digest pins it, whatever its tag). */
export function imageProblem(image: string): string | undefined {
  if (image.includes('${') || image.includes('{{')) return undefined;
  const { tag, digest } = parseImage(image);
  if (isDigest(digest)) return undefined;
  if (tag === undefined) return digest ? undefined : 'it has no tag, so it pulls latest: pin an exact version';
  return tagProblem(tag);
}

/** Why a `tag:` value of Helm values is not pinned: `1.2.3@sha256:…`, a digest as the tag or a `digest:` beside it pin it. */
export function valuesTagProblem(text: string, siblings: unknown): string | undefined {
  if (isDigest(text)) return undefined;
  if (isRecord(siblings) && typeof siblings.digest === 'string' && isDigest(siblings.digest)) return undefined;
  const [tag, digest] = text.split('@');
  if (digest !== undefined) return isDigest(digest) ? undefined : tagProblem(tag);
  return tagProblem(text);
}

const FIX = 'Pin the full version the image publishes (such as 1.2.3), or as a last resort its digest.';

/** Unpinned images of a workload's containers. */
function containerFindings(d: YamlDoc, specPath: (string | number)[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { path, container } of containersOf(d.value, specPath)) {
    const image = container.image;
    if (typeof image !== 'string') continue;
    const problem = imageProblem(image);
    if (problem) out.push(at(d, [...path, 'image'], `Image ${image} of container ${String(container.name)} (${d.label}): ${problem}`, FIX));
  }
  return out;
}

/** Unpinned tags and images of a HelmRelease's values. */
function valuesFindings(d: YamlDoc): RawFinding[] {
  const out: RawFinding[] = [];
  walk(getIn(d.value, ['spec', 'values']), (v, path, parents) => {
    const key = path[path.length - 1];
    const parent = parents[parents.length - 1];
    if (isRecord(parent) && parent.enabled === false) return;
    const full = ['spec', 'values', ...path];
    if (key === 'tag' && (typeof v === 'string' || typeof v === 'number') && v !== '') {
      const text = d.scalarText(full) ?? String(v);
      const problem = valuesTagProblem(text, parent);
      if (problem) out.push(at(d, full, `Tag ${text} at values.${path.join('.')} of ${d.label}: ${problem}`, FIX));
    } else if (key === 'image' && typeof v === 'string' && /[:@]/.test(v)) {
      const problem = imageProblem(v);
      if (problem) out.push(at(d, full, `Image ${v} at values.${path.join('.')} of ${d.label}: ${problem}`, FIX));
    }
  });
  return out;
}

/** Checks the images of workloads and, with `helmValues`, the tags in HelmRelease values. */
export function mutableTagRule(doc: Omit<RuleDoc, 'title' | 'description'>, helmValues: boolean): Rule {
  return {
    ...doc,
    title: 'Images are pinned to exact versions',
    description: `Container images of workloads (containers, initContainers, in Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Pods${
      helmValues ? ", and every 'tag' or image reference in HelmRelease values" : ''
    }) carry an exact tag: not latest or its variants (stable, current, main, master…), not a sliding 1 or 1.2, and not missing. A digest pins an image whatever its tag (tag@sha256:…, a sha256:… tag, a digest: beside the tag).`,
    check: ({ index }) => {
      const out: RawFinding[] = [];
      // What a document holds is read from it alone: once per document (see YamlDoc.memo).
      for (const { doc: d, specPath } of podSpecs(index)) out.push(...d.memo('mutable-tag', () => containerFindings(d, specPath)));
      if (helmValues) for (const d of helmReleases(index)) out.push(...d.memo('mutable-tag', () => valuesFindings(d)));
      return out;
    },
  };
}
