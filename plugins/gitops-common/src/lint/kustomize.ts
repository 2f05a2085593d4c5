import { dirOf, sortedIncludes, sortedWithPrefix } from '../tree/paths';
import { arrayAt, getIn, isRecord, stringAt, YamlPath } from './k8s';
import { kustomizeNamespaces } from './kustomizeNamespaces';
import type { RepoIndex, YamlDoc } from './repoIndex';

/** File names kustomize reads as a folder's kustomization. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** How an entry of a kustomization uses the path it names. */
export type EntryUse = 'resource' | 'patch' | 'file';

/** One path a kustomization names. */
export interface KustomizationEntry {
  /** The field, such as `resources` or `configMapGenerator`. */
  field: string;
  /** As written. */
  value: string;
  /** Where it is written in the kustomization. */
  path: YamlPath;
  use: EntryUse;
  /** The repository path it resolves to; `undefined` for a remote or outside path. */
  target?: string;
}

/** What a {@link KustomizeGraph} is built from (see `KustomizeGraph.inputsOf`). */
export interface GraphInputs {
  paths: readonly string[];
  docs: readonly (YamlDoc | undefined)[];
}

/** A `kustomization.yaml` and the entries it names. */
export interface Kustomization {
  file: string;
  dir: string;
  doc: YamlDoc;
  namespace?: string;
  entries: KustomizationEntry[];
}

const RESOURCE_FIELDS = ['resources', 'bases', 'components', 'crds'];
const FILE_FIELDS = ['generators', 'transformers', 'validators', 'configurations'];

/** Resolves `entry` relative to `dir` inside the repository; `undefined` outside or remote. */
export function resolveEntry(dir: string, entry: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('git@') || /^github\.com\//.test(entry) || entry.includes('?ref=')) {
    return undefined;
  }
  const parts = dir ? dir.split('/') : [];
  for (const part of entry.replace(/\/+$/, '').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function entriesOf(doc: YamlDoc, dir: string): KustomizationEntry[] {
  const v = doc.value;
  const out: KustomizationEntry[] = [];
  const add = (field: string, value: unknown, path: YamlPath, use: EntryUse) => {
    if (typeof value !== 'string' || value.includes('\n')) return;
    out.push({ field, value, path, use, target: resolveEntry(dir, value) });
  };
  for (const field of RESOURCE_FIELDS) arrayAt(v, [field]).forEach((e, i) => add(field, e, [field, i], 'resource'));
  for (const field of FILE_FIELDS) arrayAt(v, [field]).forEach((e, i) => add(field, e, [field, i], 'file'));
  arrayAt(v, ['patchesStrategicMerge']).forEach((e, i) => add('patchesStrategicMerge', e, ['patchesStrategicMerge', i], 'patch'));
  for (const field of ['patches', 'patchesJson6902', 'replacements']) {
    arrayAt(v, [field]).forEach((e, i) => add(field, getIn(e, ['path']), [field, i, 'path'], field === 'replacements' ? 'file' : 'patch'));
  }
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    arrayAt(v, [field]).forEach((g, i) => {
      arrayAt(g, ['files']).forEach((f, j) => {
        if (typeof f === 'string') add(field, f.includes('=') ? f.slice(f.indexOf('=') + 1) : f, [field, i, 'files', j], 'file');
      });
      arrayAt(g, ['envs']).forEach((f, j) => add(field, f, [field, i, 'envs', j], 'file'));
      add(field, getIn(g, ['env']), [field, i, 'env'], 'file');
    });
  }
  arrayAt(v, ['helmCharts']).forEach((h, i) => add('helmCharts', getIn(h, ['valuesFile']), ['helmCharts', i, 'valuesFile'], 'file'));
  add('openapi', getIn(v, ['openapi', 'path']), ['openapi', 'path'], 'file');
  return out;
}

/**
 * The kustomizations of a repository and what each includes: resource files (followed
 * through folder entries), patches and other files. Also the effective namespace of
 * every object, from kustomize `namespace:`, Flux `targetNamespace` and Argo CD
 * destinations.
 */
export class KustomizeGraph {
  /** By folder. */
  readonly byDir = new Map<string, Kustomization>();
  /** Every file some kustomization names, in any field. */
  readonly referenced = new Set<string>();
  /** Files some kustomization names as a patch or a generator's input: not objects. */
  readonly nonResources = new Set<string>();
  private readonly coverage = new Map<string, Set<string>>();
  private readonly kustomizeNs = new Map<string, string>();
  private readonly fluxNs = new Map<string, string>();
  private readonly argoNs = new Map<string, string>();
  /** Every namespace of a file, where several builds include it (see `namespacesOf`). */
  private readonly kustomizeAll: Map<string, Set<string>>;
  private readonly fluxAll = new Map<string, Set<string>>();
  private readonly argoAll = new Map<string, Set<string>>();

  /**
   * Everything a graph is built from: the paths, the first document of each kustomization
   * file, the Kustomization and Application objects. Two indexes with the same inputs
   * (the same documents, as a ReadCache keeps them for unchanged files) have the same graph.
   */
  static inputsOf(index: RepoIndex): GraphInputs {
    const docs: (YamlDoc | undefined)[] = [];
    for (const file of index.paths) {
      if (KUSTOMIZATION_FILES.includes(file.slice(file.lastIndexOf('/') + 1))) docs.push(index.docsOf(file)[0]);
    }
    return { paths: index.paths, docs: [...docs, ...index.objects('Kustomization'), ...index.objects('Application')] };
  }

  /** Whether two indexes have the same {@link KustomizeGraph.inputsOf}. */
  static sameInputs(a: GraphInputs, b: GraphInputs): boolean {
    const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
    return same(a.paths, b.paths) && same(a.docs, b.docs);
  }

  /**
   * The repository's file paths, sorted. The graph keeps them, not the index: a
   * ReadCache keeps the graph for the next lint, which has its own index.
   */
  private readonly paths: readonly string[];

  constructor(index: RepoIndex) {
    this.paths = index.paths;
    for (const file of index.paths) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (!KUSTOMIZATION_FILES.includes(name)) continue;
      const dir = dirOf(file);
      if (this.byDir.has(dir)) continue;
      const doc = index.docsOf(file)[0];
      if (!doc || !isRecord(doc.value)) continue;
      const k: Kustomization = { file, dir, doc, namespace: stringAt(doc.value, ['namespace']), entries: entriesOf(doc, dir) };
      this.byDir.set(dir, k);
      for (const e of k.entries) {
        if (!e.target) continue;
        this.referenced.add(e.target);
        if (e.use !== 'resource') this.nonResources.add(e.target);
      }
    }
    const sized = [...this.byDir.values()].map(k => ({ k, files: this.filesOf(k.dir) })).sort((a, b) => b.files.size - a.files.size || (a.k.dir < b.k.dir ? -1 : 1));
    for (const { k, files } of sized) {
      if (!k.namespace) continue;
      for (const f of files) if (!this.kustomizeNs.has(f)) this.kustomizeNs.set(f, k.namespace);
    }
    this.kustomizeAll = kustomizeNamespaces(this.byDir);
    for (const ks of index.objects('Kustomization')) {
      if (!ks.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/')) continue;
      const target = stringAt(ks.value, ['spec', 'targetNamespace']);
      const path = this.fluxPath(ks);
      if (!target || path === undefined) continue;
      for (const f of this.buildFiles(path)) {
        this.fluxNs.set(f, target);
        addTo(this.fluxAll, f, target);
      }
    }
    for (const ks of index.objects('Kustomization')) {
      const path = ks.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/') ? this.fluxPath(ks) : undefined;
      if (path) this.referenced.add(path);
    }
    for (const app of index.objects('Application')) {
      for (const path of applicationPaths(app)) this.referenced.add(path);
      for (const file of applicationValueFiles(app)) {
        this.referenced.add(file);
        this.nonResources.add(file);
      }
    }
    for (const app of index.objects('Application')) {
      const namespace = stringAt(app.value, ['spec', 'destination', 'namespace']);
      if (!namespace) continue;
      for (const path of applicationPaths(app)) {
        for (const f of this.buildFiles(path)) {
          if (!this.argoNs.has(f)) this.argoNs.set(f, namespace);
          addTo(this.argoAll, f, namespace);
        }
      }
    }
  }

  /** The kustomization of a folder, if it has one. */
  at(dir: string): Kustomization | undefined {
    return this.byDir.get(dir);
  }

  /** The resource files a folder's kustomization includes, through folders it names. */
  filesOf(dir: string): Set<string> {
    const cached = this.coverage.get(dir);
    if (cached) return cached;
    const files = new Set<string>();
    this.coverage.set(dir, files); // cycles end here
    const k = this.byDir.get(dir);
    if (k) {
      for (const e of k.entries) {
        if (e.use !== 'resource' || !e.target) continue;
        if (this.byDir.has(e.target)) for (const f of this.filesOf(e.target)) files.add(f);
        else if (sortedIncludes(this.paths, e.target)) files.add(e.target);
      }
    }
    return files;
  }

  /**
   * What a build of `dir` includes: its kustomization's files, or every YAML file under
   * it when it has none (as Flux and Argo CD generate one).
   */
  buildFiles(dir: string): Set<string> {
    if (this.byDir.has(dir)) return this.filesOf(dir);
    const prefix = dir ? `${dir}/` : '';
    return new Set(sortedWithPrefix(this.paths, prefix).filter(p => /\.ya?ml$/.test(p)));
  }

  /** The folder a Flux Kustomization builds, when it builds this repository. */
  fluxPath(ks: YamlDoc): string | undefined {
    const source = getIn(ks.value, ['spec', 'sourceRef']);
    if (!isRecord(source) || source.kind !== 'GitRepository' && source.kind !== 'OCIRepository') return undefined;
    if (source.name !== 'flux-system') return undefined;
    const path = stringAt(ks.value, ['spec', 'path']) ?? './';
    return resolveEntry('', path);
  }

  namespaceOf(doc: YamlDoc): string | undefined {
    return this.fluxNs.get(doc.file) ?? this.kustomizeNs.get(doc.file) ?? doc.namespace ?? this.argoNs.get(doc.file);
  }

  /**
   * Every namespace the object lands in, `namespaceOf` first: a file several builds
   * include (a kustomize Component of kustomizations in different namespaces, a folder
   * two Flux Kustomizations or Argo CD Applications deploy) lands in each of theirs.
   */
  namespacesOf(doc: YamlDoc): string[] {
    const first = this.namespaceOf(doc);
    if (first === undefined) return [];
    const file = doc.file;
    let all: Set<string> | undefined;
    if (this.fluxNs.has(file)) all = this.fluxAll.get(file);
    else if (this.kustomizeNs.has(file)) all = this.kustomizeAll.get(file);
    else if (doc.namespace === undefined) all = this.argoAll.get(file);
    return [first, ...[...(all ?? [])].filter(n => n !== first).sort()];
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** The repository folders an Argo CD Application deploys (`source.path`, `sources[].path`). */
export function applicationPaths(app: YamlDoc): string[] {
  const sources = [getIn(app.value, ['spec', 'source']), ...arrayAt(app.value, ['spec', 'sources'])];
  return sources
    .map(s => stringAt(s, ['path']))
    .filter((p): p is string => typeof p === 'string')
    .map(p => resolveEntry('', p))
    .filter((p): p is string => p !== undefined);
}

/** The repository files an Argo CD Application passes to Helm as value files. */
export function applicationValueFiles(app: YamlDoc): string[] {
  const sources = [getIn(app.value, ['spec', 'source']), ...arrayAt(app.value, ['spec', 'sources'])];
  const out: string[] = [];
  for (const source of sources) {
    const base = stringAt(source, ['path']);
    for (const file of arrayAt(source, ['helm', 'valueFiles'])) {
      if (typeof file !== 'string') continue;
      let resolved: string | undefined;
      if (file.startsWith('$')) resolved = resolveEntry('', file.replace(/^\$[^/]+\//, '')); // $values/<path>
      else if (base !== undefined) resolved = resolveEntry(resolveEntry('', base) ?? '', file);
      if (resolved) out.push(resolved);
    }
  }
  return out;
}
