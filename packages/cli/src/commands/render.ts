import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { parse } from 'yaml';
import {
  ChangeSet,
  changeSetToDiff,
  formatChecklist,
  parseSpecs,
  PROFILE_IDS,
  renderChangeSet,
  resolveProfile,
} from '@homeport/plugin-gitops-common';
import { ChartReader, DEFAULT_HTTP_TIMEOUT_MS, readFileTree, writeChangeSet } from '@homeport/plugin-gitops-node';
import { profileNotice } from './profileNotice';

export interface RenderOptions {
  repo: string;
  /** A profile id; without it, the repository's `.homeport/profile.yaml` or the one inferred from its apps. */
  profile?: string;
  spec: string;
  options?: string;
  write?: boolean;
  /** Read the charts of Helm apps (their Service, ServiceAccount and image keys), as the Create wizard does. */
  readCharts?: boolean;
  /** Where read chart archives are kept; defaults to `homeport-gitops` in the temp folder. */
  cacheDir?: string;
}

/** Renders a spec file against a repository folder: a diff, or the files written. */
export async function render(
  opts: RenderOptions,
  out: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<ChangeSet> {
  const repo = path.resolve(opts.repo);
  const profileOptions = opts.options
    ? parse(await fs.readFile(opts.options, 'utf8'))
    : undefined;
  const tree = await readFileTree(repo);
  const resolved = resolveProfile(tree, { profile: opts.profile, options: profileOptions ?? {} });
  if (resolved.source !== 'configured') {
    out.stderr(profileNotice(resolved));
  }
  const specs = parseSpecs(await fs.readFile(opts.spec, 'utf8'));
  const charts = opts.readCharts
    ? await new ChartReader({
        cacheDir: path.resolve(opts.cacheDir ?? path.join(os.tmpdir(), 'homeport-gitops')),
        timeoutMs: DEFAULT_HTTP_TIMEOUT_MS,
      }).readForSpecs(specs)
    : undefined;
  const changeSet = renderChangeSet(resolved.profile, specs, tree, { charts });
  if (opts.write) {
    const written = await writeChangeSet(repo, changeSet);
    out.stdout(`Wrote ${written.length} files into ${repo}:\n${written.map(p => `  ${p}`).join('\n')}\n`);
  } else {
    out.stdout(changeSetToDiff(changeSet));
  }
  if (changeSet.manualSteps.length) {
    out.stderr(`\nManual steps still owed:\n${formatChecklist(changeSet)}`);
  }
  return changeSet;
}

export function registerRender(program: Command) {
  program
    .command('render')
    .description(
      'Render workload specs under a repository profile: print the change set as a unified diff, or write it with --write.',
    )
    .requiredOption('--repo <dir>', 'the GitOps repository folder')
    .requiredOption('--spec <file>', 'a YAML file with one or more specs')
    .option('--profile <id>', `the repository convention: ${PROFILE_IDS.join(', ')}; default: the repository's .homeport/profile.yaml, else inferred from its apps`)
    .option('--options <file>', "a YAML file with the profile's options (as under homeport.profiles.<id>)")
    .option('--write', 'apply the change set to the repository folder instead of printing it')
    .option(
      '--read-charts',
      "read the charts of Helm apps from their Helm repository or OCI registry, so that an exposure routes to the chart's Service and port, a secret uses the ServiceAccount it creates, and images go to its image keys (as the Create wizard does); without it a Helm app's exposure routes to <app>:80",
    )
    .option('--cache-dir <dir>', 'with --read-charts: where chart archives are kept (default: homeport-gitops in the temp folder)')
    .action(async (opts: RenderOptions) => {
      await render(opts, {
        stdout: s => process.stdout.write(s),
        stderr: s => process.stderr.write(s),
      });
    });
}
