import { Entry } from './entries';
import { externalArtifactPath, isExternalArtifactRef } from './fluxArtifacts';
import { arr, isFluxKustomization, rec, str, stringMap } from './objects';
import { joinPath, normalizePath } from './repoPaths';
import { LocatedObject, objectsNamed, RepoIndex } from './repoIndex';
import { ReadWarning } from './types';

/** Variables of the ConfigMaps a Flux Kustomization names in `postBuild.substituteFrom`. */
function substituteFrom(
  index: RepoIndex,
  located: LocatedObject,
  warnings: ReadWarning[],
): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const ref of arr(
    located.object,
    'spec',
    'postBuild',
    'substituteFrom',
  )) {
    const kind = str(ref, 'kind');
    const name = str(ref, 'name');
    if (kind !== 'ConfigMap' || !name) continue;
    const found = objectsNamed(index, 'ConfigMap', name)[0];
    if (found) Object.assign(vars, stringMap(found.object.data));
    else if (str(ref, 'optional') !== 'true') {
      warnings.push({
        file: located.file,
        message: `substituteFrom ConfigMap '${name}' is not in the repository`,
      });
    }
  }
  return vars;
}

/** Every Flux Kustomization of the repository as an {@link Entry}. */
export function fluxEntries(
  index: RepoIndex,
  warnings: ReadWarning[],
): Entry[] {
  const entries: Entry[] = [];
  for (const located of index.objects) {
    const { object } = located;
    if (!isFluxKustomization(object)) continue;
    const name = object.metadata.name ?? '';
    let path = normalizePath(str(object, 'spec', 'path') ?? '');
    if (path !== undefined && isExternalArtifactRef(object)) {
      path = externalArtifactPath(index, object, located.file, path);
      if (path === undefined) {
        warnings.push({
          file: located.file,
          message: `Flux Kustomization '${name}': no ArtifactGenerator of the repository makes ExternalArtifact '${
            str(object, 'spec', 'sourceRef', 'name') ?? ''
          }'`,
        });
        continue;
      }
    }
    if (path === undefined) {
      warnings.push({
        file: located.file,
        message: `Flux Kustomization '${name}' has a path outside the repository`,
      });
      continue;
    }
    const roots: string[] = [];
    const sourceKind =
      str(object, 'spec', 'sourceRef', 'kind') ?? 'GitRepository';
    if (sourceKind !== 'GitRepository' && !isExternalArtifactRef(object)) {
      // An OCI artifact or bucket: its files are not in this repository.
    } else if (
      path === '' ||
      index.dirFiles.has(path) ||
      index.dirChildren.has(path)
    ) {
      roots.push(path);
    } else {
      warnings.push({
        file: located.file,
        message: `Flux Kustomization '${name}': path '${path}' is not in the repository`,
      });
    }
    const components: string[] = [];
    for (const component of arr(object, 'spec', 'components')) {
      if (typeof component !== 'string') continue;
      const dir = joinPath(path, component);
      if (dir !== undefined) components.push(dir);
    }
    const postBuild = rec(object, 'spec', 'postBuild');
    entries.push({
      key: `${located.file}#${located.docIndex}`,
      engine: 'flux',
      kind: 'Kustomization',
      name,
      namespace: object.metadata.namespace,
      file: located.file,
      line: located.line,
      roots,
      components,
      targetNamespace: str(object, 'spec', 'targetNamespace'),
      vars: {
        ...substituteFrom(index, located, warnings),
        ...stringMap(postBuild.substitute),
      },
      recurse: true,
      helmSources: [],
    });
  }
  return entries;
}
