import fs from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { stringify } from 'yaml';
import { InputError } from '@backstage/errors';
import {
  fluxAppTemplateDocument,
  formatInference,
  inferProfile,
  ProfileInference,
  PROFILE_IDS,
  REPOSITORY_PROFILE_FILE,
} from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

async function repoDir(dir: string): Promise<string> {
  const full = path.resolve(dir);
  const stat = await fs.stat(full).catch(() => undefined);
  if (!stat?.isDirectory()) throw new InputError(`${dir} is not a folder`);
  return full;
}

/**
 * Drafts the repository's profile from its apps and prints it (YAML with the evidence of
 * each field as comments, or JSON). With `write`, saves it as `.homeport/profile.yaml`.
 * Exit code 1 when nothing fits.
 */
export async function profileInfer(
  opts: { dir: string; format: 'yaml' | 'json'; write?: boolean },
  out: Out,
): Promise<{ exitCode: number; inference: ProfileInference }> {
  const dir = await repoDir(opts.dir);
  const inference = inferProfile(await readFileTree(dir));
  if (!inference.document) {
    out.stderr(`${inference.reason}\n`);
    return { exitCode: 1, inference };
  }
  const text = opts.format === 'json' ? `${JSON.stringify(inference, null, 2)}\n` : formatInference(inference);
  if (opts.write) {
    const target = path.join(dir, REPOSITORY_PROFILE_FILE);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, formatInference(inference), { flag: 'wx' }).catch(e => {
      if (e.code === 'EEXIST') throw new InputError(`${REPOSITORY_PROFILE_FILE} exists already in ${opts.dir}: delete it first to infer it again`);
      throw e;
    });
    out.stderr(`Wrote ${REPOSITORY_PROFILE_FILE}\n`);
  }
  out.stdout(text);
  return { exitCode: 0, inference };
}

export function registerProfile(program: Command) {
  const profile = program.command('profile').description("A GitOps repository's profile: the conventions Homeport writes and lints it with.");
  profile
    .command('infer')
    .description("Draft the repository's profile from its own apps; every field names the apps it came from.")
    .argument('<dir>', 'the GitOps repository folder')
    .addOption(new Option('--format <format>', 'the output format').choices(['yaml', 'json']).default('yaml'))
    .option('--write', `save the draft as ${REPOSITORY_PROFILE_FILE} in the repository`)
    .action(async (dir: string, opts: { format: 'yaml' | 'json'; write?: boolean }) => {
      const { exitCode } = await profileInfer({ ...opts, dir }, { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s) });
      process.exitCode = exitCode;
    });
  profile
    .command('show')
    .description(`Print the document of the flux-app-template built-in (the others are code: ${PROFILE_IDS.filter(id => id !== 'flux-app-template').join(', ')}).`)
    .action(() => {
      process.stdout.write(stringify(fluxAppTemplateDocument(), { lineWidth: 0 }));
    });
}
