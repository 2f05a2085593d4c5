import { spawn } from 'node:child_process';

/** The identity Homeport's own commits carry. */
export const HOMEPORT_GIT_IDENTITY = {
  name: 'Homeport',
  email: 'homeport@localhost',
};

/**
 * How long a git command may run when its caller names no timeout (`homeport.timeouts.git`
 * sets it for the catalog provider and the scaffolder actions).
 *
 * @public
 */
export const DEFAULT_GIT_TIMEOUT_MS = 60_000;

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * A git command that failed, with git's own message.
 *
 * @public
 */
export class GitCommandError extends Error {
  readonly name: string = 'GitCommandError';
  constructor(readonly args: string[], readonly stderr: string) {
    super(`git ${args[0]} failed: ${stderr.trim() || 'no output'}`);
  }
}

/**
 * A git command that ran past its timeout and was killed (with every process it started,
 * such as the remote helper talking to a stalled server).
 *
 * @public
 */
export class GitTimeoutError extends GitCommandError {
  readonly name: string = 'GitTimeoutError';
  constructor(args: string[], readonly timeoutMs: number) {
    super(args, `timed out after ${timeoutMs / 1000} s and was stopped`);
    this.message = `git ${args[0]} timed out after ${timeoutMs / 1000} s and was stopped`;
  }
}

/** @public */
export interface RunGitOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command (and its children) after this many milliseconds. Defaults to {@link DEFAULT_GIT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Written to the command's standard input. */
  input?: string;
  /**
   * Receives standard output chunk by chunk instead of collecting it (the result is then
   * empty): for large outputs read as they come, such as `git cat-file --batch`.
   */
  onStdout?: (chunk: Buffer) => void;
}

/**
 * Runs the git command line with `args` and returns its standard output as bytes.
 * Never prompts for credentials; commits carry Homeport's identity unless the caller
 * passes its own `-c user.*`. git runs in a process group of its own, so that a timeout
 * kills the remote helpers and ssh it started too; the HTTP transport also gives up on
 * its own when the server sends nothing for the same time.
 *
 * @public
 */
export function runGitBuffer(args: string[], options: RunGitOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS;
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  return new Promise((resolve, reject) => {
    const child = spawn(
      'git',
      [
        '-c',
        `user.name=${HOMEPORT_GIT_IDENTITY.name}`,
        '-c',
        `user.email=${HOMEPORT_GIT_IDENTITY.email}`,
        '-c',
        'http.lowSpeedLimit=1',
        '-c',
        `http.lowSpeedTime=${seconds}`,
        ...args,
      ],
      {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const stdout: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const pending: { timer?: NodeJS.Timeout } = {};
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(pending.timer);
      if (error) reject(error);
      else resolve(Buffer.concat(stdout));
    };
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    pending.timer = setTimeout(() => {
      killGroup();
      finish(new GitTimeoutError(args, timeoutMs));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.onStdout) {
        try {
          options.onStdout(chunk);
        } catch (error) {
          killGroup();
          finish(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        killGroup();
        finish(new GitCommandError(args, 'output exceeds 256 MB'));
      } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString();
    });
    child.on('error', error => finish(new GitCommandError(args, String(error))));
    child.on('close', code => {
      if (code === 0) finish();
      else finish(new GitCommandError(args, stderr || `exit code ${code}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Runs the git command line with `args` in `cwd` and returns its standard output, as
 * {@link runGitBuffer} does.
 *
 * @public
 */
export async function runGit(args: string[], options: RunGitOptions = {}): Promise<string> {
  return (await runGitBuffer(args, options)).toString('utf8');
}
