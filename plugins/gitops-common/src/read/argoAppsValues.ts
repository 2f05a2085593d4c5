import { K8sObject, str } from './objects';
import { LocatedObject, RepoIndex } from './repoIndex';
import { isRecord } from './yamlFile';

/**
 * The values of Argo CD's `argocd-apps` Helm chart: `applications:` and
 * `applicationsets:` (each a list with `name`, or a map keyed by name) whose items are
 * Application / ApplicationSet specs. The chart renders one object per item; here each
 * becomes a {@link LocatedObject} so that the Argo CD entry reader reads it like a file.
 */

const ARGO_API = 'argoproj.io/v1alpha1';
const SECTIONS: Array<[string, 'Application' | 'ApplicationSet']> = [
  ['applications', 'Application'],
  ['applicationsets', 'ApplicationSet'],
  ['applicationSets', 'ApplicationSet'],
];

/** The chart's name in a source (`argocd-apps`). */
export const ARGOCD_APPS_CHART = 'argocd-apps';

function items(section: unknown): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(section)) {
    return section
      .filter(isRecord)
      .map(
        item =>
          [str(item, 'name') ?? '', item] as [string, Record<string, unknown>],
      )
      .filter(([name]) => name !== '');
  }
  if (isRecord(section)) {
    return Object.entries(section)
      .filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]))
      .map(([key, item]) => [str(item, 'name') ?? key, item]);
  }
  return [];
}

function looksLikeApp(item: Record<string, unknown>, kind: string): boolean {
  if (kind === 'ApplicationSet')
    return 'generators' in item && 'template' in item;
  return 'destination' in item && ('source' in item || 'sources' in item);
}

function lineOf(text: string, name: string): number {
  const at = text.search(
    new RegExp(
      `^\\s*(?:-\\s*name:\\s*)?["']?${name.replace(
        /[.*+?^${}()|[\]\\]/g,
        '\\$&',
      )}["']?:?\\s*$`,
      'm',
    ),
  );
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function toObject(
  kind: 'Application' | 'ApplicationSet',
  name: string,
  item: Record<string, unknown>,
): K8sObject {
  const {
    name: _name,
    namespace,
    additionalLabels,
    additionalAnnotations,
    finalizers,
    ...spec
  } = item;
  return {
    apiVersion: ARGO_API,
    kind,
    metadata: {
      name,
      ...(typeof namespace === 'string' ? { namespace } : {}),
      ...(isRecord(additionalLabels) ? { labels: additionalLabels } : {}),
      ...(isRecord(additionalAnnotations)
        ? { annotations: additionalAnnotations }
        : {}),
    },
    spec,
  };
}

/** The Applications and ApplicationSets one values file of the chart defines. */
export function argoAppsObjects(
  index: RepoIndex,
  file: string,
): LocatedObject[] {
  const value = index.files.get(file)?.docs[0]?.value;
  if (!isRecord(value)) return [];
  const text = index.tree.read(file) ?? '';
  const out: LocatedObject[] = [];
  for (const [section, kind] of SECTIONS) {
    for (const [name, item] of items(value[section])) {
      if (!looksLikeApp(item, kind)) continue;
      out.push({
        file,
        docIndex: out.length,
        line: lineOf(text, name),
        object: toObject(kind, name, item),
      });
    }
  }
  return out;
}

/** Values files of the repository that hold `argocd-apps` items, though nothing in the repository may install them. */
export function argoAppsValuesFiles(index: RepoIndex): string[] {
  const files: string[] = [];
  for (const [path, parsed] of index.files) {
    const value = parsed.docs[0]?.value;
    if (!isRecord(value) || parsed.docs.length !== 1 || 'apiVersion' in value)
      continue;
    if (
      SECTIONS.some(([section]) => section in value) &&
      argoAppsObjects(index, path).length
    )
      files.push(path);
  }
  return files.sort();
}
