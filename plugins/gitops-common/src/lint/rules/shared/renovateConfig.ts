import { parse } from 'yaml';

/** Files Renovate reads its configuration from (https://docs.renovatebot.com/configuration-options/). */
const CONFIG_FILES = new Set([
  'renovate.json',
  'renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
  '.gitlab/renovate.json5',
]);

/** A self-hosted Renovate job kept in the repository (klaster runs it from Woodpecker). */
const RUNNER = /^(\.woodpecker|\.github\/workflows|\.gitea\/workflows|\.forgejo\/workflows)\/renovate[^/]*\.ya?ml$/;

/**
 * The file that shows the repository is kept up to date by Renovate, or `undefined`:
 * a Renovate configuration file, a `.renovate/` folder of presets, a `renovate` key in
 * package.json, or a Renovate job of the repository's CI.
 */
export function renovateConfigFile(paths: readonly string[], read: (path: string) => string | undefined): string | undefined {
  for (const path of paths) {
    if (CONFIG_FILES.has(path) || path.startsWith('.renovate/') || RUNNER.test(path)) return path;
  }
  if (paths.includes('package.json')) {
    try {
      const pkg: unknown = parse(read('package.json') ?? '');
      if (pkg && typeof pkg === 'object' && 'renovate' in pkg) return 'package.json';
    } catch {
      return undefined;
    }
  }
  return undefined;
}
