import { changedPaths } from '../tree/changedPaths';
import { FileTree } from '../tree/FileTree';
import { dirOf } from '../tree/paths';
import { asK8sObject, K8sObject } from './objects';
import { ReadCache, parseWith } from './readCache';
import { isRecord, isYamlPath, ParsedFile } from './yamlFile';
import { ReadWarning } from './types';

/** A Helm chart whose sources live in the repository. */
export interface LocalChart {
  dir: string;
  name: string;
  version?: string;
  /** The chart's default `values.yaml`. */
  values: Record<string, unknown>;
  /** Paths of its template files (read only when needed). */
  templates: string[];
}

/** An object of a parsed file, with where it is. */
export interface LocatedObject {
  file: string;
  docIndex: number;
  line: number;
  object: K8sObject;
}

/**
 * The repository parsed once: every YAML file outside Helm chart folders, the charts
 * themselves, and a folder index for walking.
 */
export interface RepoIndex {
  tree: FileTree;
  files: Map<string, ParsedFile>;
  charts: LocalChart[];
  /** Folders holding a Chart.yaml: their files are templates and values, not manifests. */
  chartDirs: Set<string>;
  /** Folder → files directly in it (every file, YAML or not). */
  dirFiles: Map<string, string[]>;
  /** Folder → its sub-folders. */
  dirChildren: Map<string, string[]>;
  /** Every Kubernetes object of every parsed file. */
  objects: LocatedObject[];
}

function chartDirOf(path: string, chartDirs: Set<string>): string | undefined {
  let dir = dirOf(path);
  for (;;) {
    if (chartDirs.has(dir)) return dir;
    if (dir === '') return undefined;
    dir = dirOf(dir);
  }
}

function addToIndex(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The objects of a parsed file, located (made once per parse). */
const objectsOfFile = new WeakMap<ParsedFile, LocatedObject[]>();

function locatedObjects(path: string, parsed: ParsedFile): LocatedObject[] {
  let objects = objectsOfFile.get(parsed);
  if (!objects) {
    objects = [];
    for (const doc of parsed.docs) {
      const object = asK8sObject(doc.value);
      if (object)
        objects.push({ file: path, docIndex: doc.index, line: doc.line, object });
    }
    // Kept with the parse: a list grown by `push` keeps room for 16 more.
    objects = objects.slice();
    objectsOfFile.set(parsed, objects);
  }
  return objects;
}

/** The last index a ReadCache made (of the tree `index.tree`), with each file's parse warnings and then the charts'. */
interface LastIndex {
  index: RepoIndex;
  warnings: Map<string, ReadWarning[]>;
  chartWarnings: ReadWarning[];
}

/** An index made from the one before: that index, and the paths whose text differs since. */
export interface IndexUpdate {
  before: RepoIndex;
  changed: Set<string>;
}

const LAST_INDEX = 'read-index';

/**
 * The index of `tree` from the last one of the same files when only texts changed and no
 * chart file did: only the changed files are parsed (through the cache) and looked at.
 */
function updateIndex(
  last: LastIndex,
  tree: FileTree,
  cache: ReadCache,
): (LastIndex & { changed: Set<string> }) | undefined {
  const differ = changedPaths(last.index.tree, tree);
  if (!differ) return undefined;
  const { index } = last;
  const files = new Map(index.files);
  const warnings = new Map(last.warnings);
  const changed: string[] = [];
  for (const path of differ) {
    const text = tree.read(path);
    if (!isYamlPath(path)) continue;
    if (index.chartDirs.size && chartDirOf(path, index.chartDirs) !== undefined)
      return undefined;
    const own: ReadWarning[] = [];
    files.set(path, parseWith(cache, path, text ?? '', own));
    if (own.length) warnings.set(path, own);
    else warnings.delete(path);
    changed.push(path);
  }
  cache.settle(changed);
  const objects = changed.length
    ? [...files].flatMap(([path, parsed]) => locatedObjects(path, parsed))
    : index.objects;
  return {
    index: { ...index, tree, files, objects },
    warnings,
    chartWarnings: last.chartWarnings,
    changed: differ,
  };
}

/**
 * Parses a tree into a {@link RepoIndex}; problems become warnings. Through a cache, a
 * tree of the same files as the last one indexed reads only the files whose text changed;
 * `update` then tells which, and from what index.
 */
export function indexRepository(
  tree: FileTree,
  warnings: ReadWarning[],
  cache?: ReadCache,
): { index: RepoIndex; update?: IndexUpdate } {
  if (!cache) return { index: buildIndex(tree, warnings) };
  const last = cache.kept<LastIndex>(LAST_INDEX);
  const updated = last && updateIndex(last, tree, cache);
  let next: LastIndex | undefined = updated;
  if (!next) {
    const byFile = new Map<string, ReadWarning[]>();
    const chartWarnings: ReadWarning[] = [];
    const index = buildIndex(tree, chartWarnings, cache, byFile);
    // What neither this read nor the lint since the last one used goes.
    cache.sweep();
    next = { index, warnings: byFile, chartWarnings };
  }
  cache.keep(LAST_INDEX, next);
  // Warnings in the order of a whole parse: the files' by path, then the charts'.
  for (const path of [...next.warnings.keys()].sort())
    warnings.push(...next.warnings.get(path)!);
  warnings.push(...next.chartWarnings);
  return {
    index: next.index,
    ...(updated ? { update: { before: last!.index, changed: updated.changed } } : {}),
  };
}

function buildIndex(
  tree: FileTree,
  warnings: ReadWarning[],
  cache?: ReadCache,
  byFile?: Map<string, ReadWarning[]>,
): RepoIndex {
  const paths = tree.paths();
  const chartDirs = new Set<string>();
  for (const path of paths) {
    if (path === 'Chart.yaml' || path.endsWith('/Chart.yaml'))
      chartDirs.add(dirOf(path));
  }

  const dirFiles = new Map<string, string[]>();
  const dirChildren = new Map<string, string[]>();
  const seenDirs = new Set<string>(['']);
  const files = new Map<string, ParsedFile>();
  const chartFiles = new Map<string, string[]>();
  const objects: LocatedObject[] = [];

  for (const path of paths) {
    const dir = dirOf(path);
    addToIndex(dirFiles, dir, path);
    for (let d = dir; !seenDirs.has(d); d = dirOf(d)) {
      seenDirs.add(d);
      addToIndex(dirChildren, dirOf(d), d);
    }
    if (!isYamlPath(path)) continue;
    const chartDir = chartDirs.size ? chartDirOf(path, chartDirs) : undefined;
    if (chartDir !== undefined) {
      addToIndex(chartFiles, chartDir, path);
      continue;
    }
    const own: ReadWarning[] = [];
    const parsed = parseWith(cache, path, tree.read(path) ?? '', own);
    if (own.length) {
      if (byFile) byFile.set(path, own);
      else warnings.push(...own);
    }
    files.set(path, parsed);
    objects.push(...locatedObjects(path, parsed));
  }

  const charts: LocalChart[] = [];
  for (const dir of [...chartDirs].sort()) {
    const prefix = dir ? `${dir}/` : '';
    const meta = parseWith(
      cache,
      `${prefix}Chart.yaml`,
      tree.read(`${prefix}Chart.yaml`) ?? '',
      warnings,
    ).docs[0]?.value;
    const valuesText = tree.read(`${prefix}values.yaml`);
    const values = valuesText
      ? parseWith(cache, `${prefix}values.yaml`, valuesText, warnings).docs[0]
          ?.value
      : undefined;
    const name =
      isRecord(meta) && typeof meta.name === 'string' ? meta.name : undefined;
    if (!name) continue;
    charts.push({
      dir,
      name,
      version:
        isRecord(meta) && meta.version !== undefined
          ? String(meta.version)
          : undefined,
      values: isRecord(values) ? values : {},
      templates: (chartFiles.get(dir) ?? []).filter(p =>
        p.startsWith(`${prefix}templates/`),
      ),
    });
  }

  return { tree, files, charts, chartDirs, dirFiles, dirChildren, objects };
}

/** Whether a folder exists in the index. */
export function isDir(index: RepoIndex, dir: string): boolean {
  return dir === '' || index.dirFiles.has(dir) || index.dirChildren.has(dir);
}

/** The kustomization file of a folder, if it has one. */
export function kustomizationFileOf(
  index: RepoIndex,
  dir: string,
): string | undefined {
  const prefix = dir ? `${dir}/` : '';
  for (const name of ['kustomization.yaml', 'kustomization.yml']) {
    if (index.files.has(prefix + name)) return prefix + name;
  }
  return undefined;
}

const byKindName = new WeakMap<
  RepoIndex,
  Map<string, Map<string, LocatedObject[]>>
>();

/**
 * The objects of a kind with a name, wherever they are (looked up through a lazy index
 * of each kind asked for: a pass over the objects comparing kinds, once per kind).
 */
export function objectsNamed(
  index: RepoIndex,
  kind: string,
  name: string,
): LocatedObject[] {
  let kinds = byKindName.get(index);
  if (!kinds) byKindName.set(index, (kinds = new Map()));
  let names = kinds.get(kind);
  if (!names) {
    names = new Map();
    for (const located of index.objects) {
      if (located.object.kind !== kind) continue;
      const key = located.object.metadata.name ?? '';
      const list = names.get(key);
      if (list) list.push(located);
      else names.set(key, [located]);
    }
    kinds.set(kind, names);
  }
  return names.get(name) ?? [];
}
