import { lintRepository } from '../lint/lintRepository';
import { ReadCache } from '../read/readCache';
import { RepoIndex } from '../lint/repoIndex';
import { Finding, LintOptions } from '../lint/types';
import { FileTree } from '../tree/FileTree';
import { KustomizeBuilder } from './kustomizeBuild';

/** A kustomize build a change breaks. */
export interface BuildProblem {
  /** The folder whose build fails, as `kubectl kustomize <folder>` would. */
  kustomization: string;
  message: string;
}

/**
 * What a change does to the whole repository: the builds it breaks and the guideline
 * findings it introduces, anywhere (a second Ingress of an app is found on the old file
 * as much as on the new one).
 *
 * @public
 */
export interface ChangeCheck {
  builds: BuildProblem[];
  findings: Finding[];
}

/**
 * The folders with a kustomization whose build includes a touched path (a file it lists,
 * its own kustomization file, or a folder it includes that is affected), outermost first.
 */
export function affectedKustomizations(index: RepoIndex, touched: ReadonlySet<string>): string[] {
  const graph = index.kustomize;
  const memo = new Map<string, boolean>();
  const affected = (dir: string): boolean => {
    const known = memo.get(dir);
    if (known !== undefined) return known;
    memo.set(dir, false); // cycles end here
    const k = graph.at(dir)!;
    const hit =
      touched.has(k.file) ||
      k.entries.some(e => e.target !== undefined && (touched.has(e.target) || (graph.at(e.target) !== undefined && affected(e.target))));
    memo.set(dir, hit);
    return hit;
  };
  const depth = (dir: string) => (dir === '' ? 0 : dir.split('/').length);
  return [...graph.byDir.keys()].filter(affected).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
}

/** A finding's identity across two versions of a repository: lines may move. */
function findingKey(f: Finding): string {
  return [f.ruleId, f.file, f.message.replace(/:\d+\b/g, '')].join('\u0000');
}

/**
 * Checks a change against the whole repository before it is proposed: builds every
 * kustomization the change touches, in process, before and after, and keeps the errors
 * the change brings (an object defined twice, a listed file missing); lints the
 * repository before and after with the full rule set, and keeps the findings the change
 * brings. Pure: reads only the two trees. One parse cache serves both trees (the caller's,
 * if the options carry one): a file the change leaves alone is parsed once.
 *
 * @public
 */
export function checkChange(
  base: FileTree,
  changed: FileTree,
  touched: readonly string[],
  options: LintOptions,
): ChangeCheck {
  const cache = options.cache ?? new ReadCache();
  const lint = { ...options, cache };
  const after = new RepoIndex(changed, cache);
  const before = new RepoIndex(base, cache);
  const afterBuilds = new KustomizeBuilder(after);
  const beforeBuilds = new KustomizeBuilder(before);
  const builds: BuildProblem[] = [];
  const reported = new Set<string>();
  for (const dir of affectedKustomizations(after, new Set(touched))) {
    const old = new Set(before.kustomize.at(dir) ? beforeBuilds.build(dir).errors : []);
    for (const message of afterBuilds.build(dir).errors) {
      if (old.has(message) || reported.has(message)) continue;
      reported.add(message);
      builds.push({ kustomization: dir, message });
    }
  }
  const known = new Set(lintRepository(base, lint).map(findingKey));
  const findings = lintRepository(changed, lint).filter(f => !known.has(findingKey(f)));
  return { builds, findings };
}
