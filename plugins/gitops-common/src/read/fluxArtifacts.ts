import { dirOf } from '../tree/paths';
import { arr, at, K8sObject, str } from './objects';
import { joinPath, normalizePath } from './repoPaths';
import { LocatedObject, RepoIndex } from './repoIndex';

/**
 * Flux `ExternalArtifact` sources made by an `ArtifactGenerator` (source-watcher): the
 * generator copies repository folders into an artifact (`from: "@repo/apps/base/**"`,
 * `to: "@artifact/base/"`), and a Kustomization's `path` is then relative to that
 * artifact. This maps such a path back to the repository folder it was copied from.
 */

function commonPrefix(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** `@alias/dir/**` or `@artifact/dir/` → `dir` (no alias, no glob). */
function copyDir(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^@[^/]+\/?(.*)$/.exec(value);
  if (!match) return undefined;
  const dir = match[1].replace(/\/?\*\*?$/, '').replace(/\/$/, '');
  return normalizePath(dir);
}

function generatorsWith(index: RepoIndex, artifact: string): LocatedObject[] {
  return index.objects.filter(
    ({ object }) =>
      object.kind === 'ArtifactGenerator' &&
      arr(object, 'spec', 'artifacts').some(a => str(a, 'name') === artifact),
  );
}

/**
 * The repository folder a Kustomization reading `ExternalArtifact/<name>` at `path`
 * applies, or undefined when no generator of the repository makes that artifact. With
 * several generators of the same artifact (one per cluster), the one nearest the
 * Kustomization's own file is taken.
 */
export function externalArtifactPath(
  index: RepoIndex,
  kustomization: K8sObject,
  file: string,
  path: string,
): string | undefined {
  const name = str(kustomization, 'spec', 'sourceRef', 'name');
  if (!name) return undefined;
  const generator = generatorsWith(index, name).sort(
    (a, b) =>
      commonPrefix(dirOf(b.file), dirOf(file)) -
      commonPrefix(dirOf(a.file), dirOf(file)),
  )[0];
  if (!generator) return undefined;
  const artifact = arr(generator.object, 'spec', 'artifacts').find(
    a => str(a, 'name') === name,
  );
  let best: { to: string; from: string } | undefined;
  for (const copy of arr(artifact, 'copy')) {
    const to = copyDir(str(copy, 'to'));
    const from = copyDir(str(copy, 'from'));
    if (to === undefined || from === undefined) continue;
    const inside = to === '' || path === to || path.startsWith(`${to}/`);
    if (inside && (!best || to.length > best.to.length)) best = { to, from };
  }
  if (!best) return undefined;
  const rest = best.to === '' ? path : path.slice(best.to.length);
  return joinPath(best.from, rest.replace(/^\//, '')) ?? best.from;
}

/** Whether an object is an `ExternalArtifact` reference (for callers that list source kinds). */
export function isExternalArtifactRef(kustomization: K8sObject): boolean {
  return at(kustomization, 'spec', 'sourceRef', 'kind') === 'ExternalArtifact';
}
