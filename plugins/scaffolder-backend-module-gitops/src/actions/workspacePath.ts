import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';

/**
 * Resolves a folder an action input names inside the task workspace. Refuses, as an
 * `InputError` naming the input, anything that is not a plain relative path inside it:
 * `..`, absolute paths, NUL bytes, names the file system cannot hold.
 */
export function workspacePath(workspace: string, value: string, input: string): string {
  if (value.length > 1024 || value.includes('\0')) {
    throw new InputError(`${input} is not a usable folder inside the workspace`);
  }
  try {
    return resolveSafeChildPath(workspace, value);
  } catch (error) {
    const reason = (error as Error).name === 'NotAllowedError' ? 'it leaves the workspace' : (error as Error).message;
    throw new InputError(`${input} '${value}' is not a usable folder inside the workspace: ${reason}`);
  }
}
