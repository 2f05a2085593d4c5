import { InputError } from '@backstage/errors';
import { FileTree } from '../tree/FileTree';
import { appOfFile } from './appOfFile';
import { AppFolder, appFoldersOf } from './layouts';
import type { ReadCache } from '../read/readCache';
import { sameItems } from '../tree/sameItems';
import { lintProfile, lintRules } from './registry';
import { RepoIndex } from './repoIndex';
import { releaseTables } from './lazyDocuments';
import { LAST_LINT, LastLint, readsOf, RuleRun, stillHolds } from './ruleReuse';
import { Finding, LintOptions, Rule, RuleLevel, Severity } from './types';

const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info'];

/** The level a team's configuration gives a rule: by id first, then by convention id (`L07`). */
function levelOf(rule: Rule, levels: Record<string, RuleLevel>): RuleLevel {
  if (levels[rule.id] !== undefined) return levels[rule.id];
  for (const source of rule.source.split('/')) if (levels[source] !== undefined) return levels[source];
  return rule.severity;
}

function checkLevels(levels: Record<string, RuleLevel>) {
  const known = new Set(lintRules().flatMap(r => [r.id, ...r.source.split('/')]));
  for (const [key, level] of Object.entries(levels)) {
    if (!known.has(key)) throw new InputError(`Unknown lint rule '${key}' in the rule levels`);
    if (!LEVELS.includes(level)) throw new InputError(`Rule '${key}' has level '${level}'; use one of ${LEVELS.join(', ')}`);
  }
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** Findings in a stable order: file, line, rule, message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.ruleId, b.ruleId) || compare(a.message, b.message),
  );
}

/** The number of findings of each severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

interface KeptApps {
  key: string;
  paths: readonly string[];
  graph: unknown;
  apps: AppFolder[];
}

/** The app folders, as the last lint through the cache found them when the paths and kustomizations are the same. */
function appFoldersThrough(cache: ReadCache | undefined, profile: string, index: RepoIndex, options: unknown): AppFolder[] {
  if (!cache) return appFoldersOf(profile, index, options);
  const key = JSON.stringify([profile, options]);
  const graph = index.kustomize;
  const kept = cache.kept<KeptApps>('lint-apps');
  if (kept && kept.key === key && kept.graph === graph && sameItems(kept.paths, index.paths)) return kept.apps;
  const apps = appFoldersOf(profile, index, options);
  cache.keep('lint-apps', { key, paths: index.paths, graph, apps });
  return apps;
}

/**
 * Lints a GitOps repository against the rules of its profile: every YAML file is parsed
 * once, each rule reports findings with file, line and a fix hint; the team's levels
 * (`options.rules`) switch rules off or re-level them. Findings are sorted by file and
 * line. Pure: reads only `tree`.
 *
 * @public
 */
export function lintRepository(tree: FileTree, options: LintOptions): Finding[] {
  return runLint(tree, options);
}

/** {@link lintRepository}, limited to the rules whose ids `only` holds (for tests). */
export function runLint(tree: FileTree, options: LintOptions, only?: ReadonlySet<string>): Finding[] {
  const profile = lintProfile(options.profile);
  const levels = options.rules ?? {};
  checkLevels(levels);
  const profileOptions = profile.parseOptions(options.profileOptions);
  const index = new RepoIndex(tree, options.cache);
  const apps = appFoldersThrough(options.cache, options.profile, index, profileOptions);
  const appOf = appOfFile(apps);
  const { cache } = options;
  // A rule whose reads are as they were in the last lint through the cache keeps its findings (see ruleReuse.ts).
  const key = cache ? JSON.stringify([options.profile, profileOptions, apps]) : '';
  const last = cache?.kept<LastLint>(LAST_LINT);
  const before = last?.key === key ? last.runs : undefined;
  const runs = new Map<string, RuleRun>();
  const findings: Finding[] = [];
  for (const rule of profile.rules) {
    if (only && !only.has(rule.id)) continue;
    const level = levelOf(rule, levels);
    if (level === 'off') continue;
    const kept = before?.get(rule.id);
    if (kept?.reads && kept.level === level && stillHolds(index, kept.reads)) {
      findings.push(...kept.findings);
      runs.set(rule.id, kept);
      continue;
    }
    const reads = cache ? new Set<string>() : undefined;
    index.recordReads(reads);
    const own: Finding[] = [];
    for (const raw of rule.check({ index, tree: index.tree, profile: options.profile, options: profileOptions, apps })) {
      const app = appOf(raw.file);
      own.push({ ruleId: rule.id, severity: level, message: raw.message, file: raw.file, line: raw.line, fix: raw.fix, ...(app ? { app } : {}) });
    }
    index.recordReads(undefined);
    findings.push(...own);
    if (reads) runs.set(rule.id, { level, reads: readsOf(index, reads), findings: own });
  }
  cache?.keep(LAST_LINT, { key, runs });
  // The cache keeps the documents for the next lint; their parsed nodes and line tables can go.
  releaseTables();
  const unique = new Map(findings.map(f => [`${f.file}\u0000${f.line}\u0000${f.ruleId}\u0000${f.message}`, f]));
  return sortFindings([...unique.values()]);
}
