export { dirOf } from '../../tree/paths';

/** The last segment of a repository path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
