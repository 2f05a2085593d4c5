import type { ReadCache } from '../read/readCache';
import { FileTree } from '../tree/FileTree';
import type { AppFolder } from './layouts';
import type { RepoIndex } from './repoIndex';

/**
 * How bad a finding is. `error` fails `homeport lint` (exit code 1).
 *
 * @public
 */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's level as a team configures it: a severity, or `off`. @public */
export type RuleLevel = Severity | 'off';

/**
 * One violation of a rule, at the line of the offending YAML node.
 *
 * @public
 */
export interface Finding {
  /** Such as `flux-lvm-openbao/unlisted-file` or `homeport/undefined-secret`. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Repository path, POSIX style. */
  file: string;
  /** 1-based line of the offending node (1 for a file as a whole). */
  line: number;
  /** What to do about it. */
  fix: string;
  /** The app whose folder holds `file`, when it is in one. */
  app?: string;
}

/**
 * Options of {@link lintRepository}.
 *
 * @public
 */
export interface LintOptions {
  /** The repository convention, such as `flux-lvm-openbao`. */
  profile: string;
  /** The profile's options as under `homeport.profiles.<id>` in app-config.yaml. */
  profileOptions?: unknown;
  /** Levels by rule id (or by convention id such as `L07`, for every rule citing it). */
  rules?: Record<string, RuleLevel>;
  /**
   * The {@link ReadCache} the tree was read with (`readRepository`): lint then parses no
   * file again. The findings are the same with or without.
   */
  cache?: ReadCache;
}

/**
 * What a rule is, for documentation, `--format sarif` and configuration.
 *
 * @public
 */
export interface RuleDoc {
  id: string;
  /** The level when the team's configuration says nothing. */
  severity: Severity;
  /** One line: what the rule wants. */
  title: string;
  /** What the rule checks and how, in a few sentences. */
  description: string;
  /** The rule of docs CONVENTIONS.md section 3 it implements, such as `L02`. */
  source: string;
  /** The sentence of the seed (guidelines) the rule rests on, or `[inference]`. */
  citation: string;
}

/** A finding as a rule reports it; the runner adds the rule id, level and app. */
export interface RawFinding {
  file: string;
  line: number;
  message: string;
  fix: string;
}

/** What a rule sees: the parsed repository and the profile's parsed options. */
export interface RuleContext<O = unknown> {
  index: RepoIndex;
  tree: FileTree;
  /** The profile's id and its options, parsed with their defaults. */
  profile: string;
  options: O;
  /** The app folders of the profile's layout. */
  apps: AppFolder[];
}

/**
 * A lint rule: its documentation and its check.
 *
 * @public
 */
export interface Rule<O = any> extends RuleDoc {
  check(ctx: RuleContext<O>): RawFinding[];
}
