import fs from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { parse } from 'yaml';
import { InputError } from '@backstage/errors';
// The package index does not export the lint module yet: import from
// '@homeport/plugin-gitops-common' (and drop the disable comment) once it does.
import {
  FileTree,
  Finding,
  formatJson,
  formatSarif,
  formatText,
  LINT_PROFILE_IDS,
  lintRepository,
  lintProfileOf,
  lintRules,
  resolveProfile,
  RuleLevel,
} from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';
import { profileNotice } from './profileNotice';

export interface LintCommandOptions {
  /** The repository folder. */
  dir: string;
  /** A profile id; without it, the repository's `.homeport/profile.yaml` or the one inferred from its apps. */
  profile?: string;
  format: 'text' | 'json' | 'sarif';
  /** A YAML file of rule levels: `{ <rule id>: off|error|warning|info }`, or that under `rules:`. */
  config?: string;
  /** A YAML file with the profile's options (as under homeport.profiles.<id>). */
  options?: string;
  /** Print each finding's fix hint (text format). */
  hints?: boolean;
}

async function readYaml(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`Cannot read the ${what} ${file}: ${e instanceof Error ? e.message : e}`);
  }
  return parse(text);
}

/** The rule levels of a `--config` file: the map itself, or the map under `rules:`. */
export function ruleLevels(config: unknown, file: string): Record<string, RuleLevel> {
  const map = config && typeof config === 'object' && 'rules' in config ? (config as { rules: unknown }).rules : config;
  if (map === null || map === undefined) return {};
  if (typeof map !== 'object' || Array.isArray(map)) {
    throw new InputError(`${file} must map rule ids to off, error, warning or info`);
  }
  return map as Record<string, RuleLevel>;
}

/** The lint profile of a repository: the one named, else its `.homeport/profile.yaml`, else the one inferred. */
function lintTarget(tree: FileTree, named: string | undefined, options: unknown, out: { stderr: (s: string) => void }): { profile: string; options: unknown } {
  if (named && named !== 'auto') return { profile: named, options };
  const resolved = resolveProfile(tree);
  out.stderr(profileNotice(resolved));
  const { profile, profileOptions } = lintProfileOf(resolved);
  return { profile, options: profileOptions };
}

/**
 * Lints a repository folder and writes the report. Returns the exit code: 1 when any
 * finding is an error, 0 otherwise.
 */
export async function lint(
  opts: LintCommandOptions,
  out: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<{ exitCode: number; findings: Finding[] }> {
  const dir = path.resolve(opts.dir);
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new InputError(`${opts.dir} is not a folder`);
  const rules = opts.config ? ruleLevels(await readYaml(opts.config, 'rule configuration'), opts.config) : undefined;
  const profileOptions = opts.options ? await readYaml(opts.options, 'profile options') : undefined;
  const tree = await readFileTree(dir);
  const { profile, options } = lintTarget(tree, opts.profile, profileOptions, out);
  const findings = lintRepository(tree, { profile, profileOptions: options, rules });
  switch (opts.format) {
    case 'json':
      out.stdout(formatJson(findings, profile));
      break;
    case 'sarif': {
      const levels = rules ?? {};
      const docs = lintRules(profile).map(r => ({ ...r, severity: levels[r.id] && levels[r.id] !== 'off' ? (levels[r.id] as Finding['severity']) : r.severity }));
      out.stdout(formatSarif(findings, docs.filter(r => levels[r.id] !== 'off')));
      break;
    }
    default:
      out.stdout(formatText(findings, { hints: opts.hints }));
  }
  return { exitCode: findings.some(f => f.severity === 'error') ? 1 : 0, findings };
}

export function registerLint(program: Command) {
  program
    .command('lint')
    .description(
      "Lint a GitOps repository against its profile's rules: findings with file, line and a fix hint; exit code 1 when any is an error.",
    )
    .argument('<dir>', 'the GitOps repository folder')
    .option('--profile <id>', `the repository convention: ${LINT_PROFILE_IDS.join(', ')}; default: the repository's .homeport/profile.yaml, else inferred from its apps`)
    .addOption(new Option('--format <format>', 'the report format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--config <file>', 'a YAML file of rule levels: <rule id or Lxx>: off|error|warning|info')
    .option('--options <file>', "a YAML file with the profile's options (as under homeport.profiles.<id>)")
    .option('--hints', 'print the fix hint under each finding (text format)')
    .action(async (dir: string, opts: Omit<LintCommandOptions, 'dir'>) => {
      const { exitCode } = await lint(
        { ...opts, dir },
        { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s) },
      );
      process.exitCode = exitCode;
    });
}
