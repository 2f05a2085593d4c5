import type { FileTree } from '@homeport/plugin-gitops-common';

/** Where forges look for the file, in their order (GitHub, then GitLab's extra place). */
export const CODEOWNERS_PATHS = [
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
  '.gitlab/CODEOWNERS',
];

/** One line of a CODEOWNERS file. */
export interface CodeOwnersRule {
  pattern: string;
  /** The owners as written: `@org/team`, `@user` or an email address. */
  owners: string[];
  line: number;
  matcher: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** The gitignore-style pattern of a CODEOWNERS line as a regular expression over repository paths. */
function patternToRegExp(pattern: string): RegExp {
  const anchored =
    pattern.startsWith('/') || pattern.replace(/\/+$/, '').includes('/');
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '*' && body[i + 1] === '*') {
      if (body[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += escapeRegExp(c);
  }
  // A pattern owns what it names and, for a folder, everything under it.
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}(?:/.*)?$`);
}

/**
 * Parses a CODEOWNERS file (GitHub's and GitLab's syntax): one `<pattern> <owner>...`
 * per line, `#` comments. GitLab section headers (`[Section]`) and negations, which
 * GitHub does not support, are skipped.
 */
export function parseCodeOwners(text: string): CodeOwnersRule[] {
  const rules: CodeOwnersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (
      !line ||
      line.startsWith('[') ||
      line.startsWith('^[') ||
      line.startsWith('!')
    )
      return;
    const [pattern, ...owners] = line.split(/\s+/);
    rules.push({
      pattern,
      owners,
      line: index + 1,
      matcher: patternToRegExp(pattern),
    });
  });
  return rules;
}

/** The CODEOWNERS rules of a repository (the first file of {@link CODEOWNERS_PATHS} found), or none. */
export function codeOwnersOf(tree: FileTree): CodeOwnersRule[] {
  for (const path of CODEOWNERS_PATHS) {
    const text = tree.read(path);
    if (text !== undefined) return parseCodeOwners(text);
  }
  return [];
}

/**
 * A CODEOWNERS owner as an entity reference: `@org/team` is `group:default/team`, `@user`
 * is `user:default/user`; an email address has no entity and gives `undefined`.
 */
export function ownerToEntityRef(owner: string): string | undefined {
  const team = /^@[^/\s]+\/([^/\s]+)$/.exec(owner);
  if (team) return `group:default/${team[1]}`;
  const user = /^@([^/\s]+)$/.exec(owner);
  if (user) return `user:default/${user[1]}`;
  return undefined;
}

/**
 * The owner CODEOWNERS gives `path` (a folder or a file): the first usable owner of the
 * last rule that matches, as an entity reference. A last matching rule without owners
 * leaves the path unowned.
 */
export function codeOwnerOf(
  rules: CodeOwnersRule[],
  path: string,
): string | undefined {
  for (let i = rules.length - 1; i >= 0; i--) {
    if (rules[i].matcher.test(path)) {
      for (const owner of rules[i].owners) {
        const ref = ownerToEntityRef(owner);
        if (ref) return ref;
      }
      return undefined;
    }
  }
  return undefined;
}
