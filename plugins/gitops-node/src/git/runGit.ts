import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The identity Homeport's own commits carry. */
export const HOMEPORT_GIT_IDENTITY = {
  name: 'Homeport',
  email: 'homeport@localhost',
};

/**
 * A git command that failed, with git's own message.
 *
 * @public
 */
export class GitCommandError extends Error {
  readonly name = 'GitCommandError';
  constructor(readonly args: string[], readonly stderr: string) {
    super(`git ${args[0]} failed: ${stderr.trim() || 'no output'}`);
  }
}

/**
 * Runs the git command line with `args` in `cwd` and returns its standard output.
 * Never prompts for credentials; commits carry Homeport's identity unless the
 * caller passes its own `-c user.*`.
 *
 * @public
 */
export async function runGit(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(
      'git',
      [
        '-c',
        `user.name=${HOMEPORT_GIT_IDENTITY.name}`,
        '-c',
        `user.email=${HOMEPORT_GIT_IDENTITY.email}`,
        ...args,
      ],
      {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new GitCommandError(args, stderr);
  }
}
