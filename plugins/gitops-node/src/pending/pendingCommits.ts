import { runGit, RunGitOptions } from '../git/runGit';

/**
 * The prefix of every branch the Create wizard proposes a change on: one pending branch
 * per app, `homeport/<app>`.
 *
 * @public
 */
export const PENDING_BRANCH_PREFIX = 'homeport/';

/**
 * The pending branch of an app: `homeport/<app>`.
 *
 * @public
 */
export function pendingBranchOf(app: string): string {
  return `${PENDING_BRANCH_PREFIX}${app}`;
}

/**
 * One commit of a pending change.
 *
 * @public
 */
export interface PendingCommit {
  commit: string;
  authorName: string;
  authorEmail: string;
  /** The author date, ISO 8601. */
  date: string;
  subject: string;
  body: string;
}

const FIELDS = ['%H', '%an', '%ae', '%aI', '%s', '%b'];
const RECORD_END = '\x1e';

/** Parses the output of `git log` with {@link FIELDS} (NUL between fields, RS after each). */
export function parsePendingLog(out: string): PendingCommit[] {
  return out
    .split(RECORD_END)
    .map(record => record.replace(/^\n/, ''))
    .filter(Boolean)
    .map(record => {
      const [commit, authorName, authorEmail, date, subject, body = ''] = record.split('\0');
      return { commit, authorName, authorEmail, date, subject, body: body.trim() };
    });
}

/**
 * The commits of `range` (such as `main..homeport/web`, or `HEAD` in a clone that holds
 * only the pending commits), newest first.
 *
 * @public
 */
export async function readPendingCommits(range: string, options: RunGitOptions & { cwd: string }): Promise<PendingCommit[]> {
  const out = await runGit(['log', `--format=${FIELDS.join('%x00')}${RECORD_END}`, range, '--'], options);
  return parsePendingLog(out);
}

/**
 * The unchecked boxes of a Markdown checklist in commit bodies (`- [ ] ...`), each once,
 * in the order of the oldest commit first: the manual steps a pending change still owes.
 *
 * @public
 */
export function pendingChecklist(commits: readonly PendingCommit[]): string[] {
  const items = [...commits]
    .reverse()
    .flatMap(c => c.body.split('\n'))
    .map(line => line.trim())
    .filter(line => line.startsWith('- [ ] '))
    .map(line => line.slice('- [ ] '.length));
  return [...new Set(items)];
}
