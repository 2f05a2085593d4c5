/**
 * Findings of a rule kept from one lint of a repository to the next (through a
 * ReadCache): while a rule runs, the index records what it reads (the objects of a kind,
 * every object, the paths, the kustomize graph, one file's documents or text). The next
 * lint takes the rule's findings again when each of those is still the same (the same
 * documents, which a ReadCache keeps while their file's text is unchanged) and the
 * profile, its options and the app folders are too. A rule that reads every document,
 * or the syntax errors, runs again every time.
 */
import { sameItems } from '../tree/sameItems';
import type { RepoIndex } from './repoIndex';
import { Finding, RuleLevel } from './types';

/** What a rule read, as it was: by what the index recorded (`kind:Deployment`, `paths`…). */
export type Reads = Map<string, unknown>;

/** One rule's findings in one lint. */
export interface RuleRun {
  level: RuleLevel;
  /** `undefined`: it read everything, and runs again next time. */
  reads?: Reads;
  findings: Finding[];
}

/** What a lint keeps for the next. */
export interface LastLint {
  /** The profile, its options and the app folders, which every rule may read. */
  key: string;
  runs: Map<string, RuleRun>;
}

/** The slot of the ReadCache holding the {@link LastLint}. */
export const LAST_LINT = 'lint-rules';

/** What `read` names, as the index now has it (recording off). */
function current(index: RepoIndex, read: string): unknown {
  if (read === 'paths') return index.paths;
  if (read === 'kustomize') return index.kustomize;
  if (read === 'objects') return index.objects();
  const colon = read.indexOf(':');
  const what = read.slice(0, colon);
  const arg = read.slice(colon + 1);
  if (what === 'kind') return index.objects(arg);
  if (what === 'substituted') return index.substituted(arg);
  if (what === 'file') return index.docsOf(arg);
  if (what === 'parse') return index.parseFile(arg);
  if (what === 'text') return index.tree.read(arg);
  throw new Error(`unknown read '${read}'`);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && sameItems(a, b));
}

/** What a rule read, as it is now; `undefined` when it read everything. */
export function readsOf(index: RepoIndex, recorded: Set<string>): Reads | undefined {
  if (recorded.has('all')) return undefined;
  return new Map([...recorded].map(read => [read, current(index, read)]));
}

/** Whether everything a rule read is as it was. */
export function stillHolds(index: RepoIndex, reads: Reads): boolean {
  for (const [read, was] of reads) if (!same(current(index, read), was)) return false;
  return true;
}
