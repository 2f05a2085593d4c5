import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Node, parseAllDocuments } from 'yaml';
import { FileTree } from '../tree/FileTree';
import { dirOf } from '../tree/paths';
import { CLUSTER_SCOPED_KINDS, getIn, isRecord, NON_OBJECT_API_GROUPS, YamlPath } from './k8s';
import type { ReadCache } from '../read/readCache';
import { FastDoc, fastLoadAll } from '../yaml/fastLoad';
import { GraphInputs, KustomizeGraph } from './kustomize';
import { LazyDocuments } from './lazyDocuments';

/** One YAML document of a file, parsed once and shared by every rule. */
export class YamlDoc {
  /** The document as plain data (`toJS`). */
  readonly value: unknown;
  /** Whether the file is SOPS-encrypted (a top-level `sops:` mapping). */
  readonly sops: boolean;

  /** `kind`, `apiVersion`, `metadata.name` and `metadata.namespace` as written (strings only). */
  readonly kind: string | undefined;
  readonly apiVersion: string | undefined;
  readonly name: string | undefined;
  /** `metadata.namespace` as written (see `RepoIndex.namespaceOf` for the effective one). */
  readonly namespace: string | undefined;

  constructor(
    readonly file: string,
    /** 0-based position of the document in its file. */
    readonly index: number,
    private readonly source: LazyDocuments,
    value: unknown,
  ) {
    this.value = value;
    this.sops = isRecord(value) && isRecord(value.sops);
    // Read once: rules ask for them of every document, often many times.
    const record = isRecord(value) ? value : {};
    const metadata = isRecord(record.metadata) ? record.metadata : {};
    this.kind = typeof record.kind === 'string' ? record.kind : undefined;
    this.apiVersion = typeof record.apiVersion === 'string' ? record.apiVersion : undefined;
    this.name = typeof metadata.name === 'string' ? metadata.name : undefined;
    this.namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  }

  /** By key (an object, not a Map: most documents have one or two, a Map takes 180 bytes). */
  private memos?: Record<string, unknown>;

  /** The text of the document's file (all its documents). */
  get fileText(): string {
    return this.source.text;
  }

  /**
   * What `make` reads from this document alone (never from the rest of the repository),
   * made once: a ReadCache keeps the document from one lint of the same text to the next.
   */
  memo<T>(key: string, make: () => T): T {
    this.memos ??= {};
    if (!Object.hasOwn(this.memos, key)) this.memos[key] = make();
    return this.memos[key] as T;
  }

  /** `Kind/name` for messages. */
  get label(): string {
    return `${this.kind ?? 'document'} ${this.name ?? `#${this.index + 1}`}`;
  }

  /** Whether this is a Kubernetes object (kind and apiVersion, not a kustomize or Backstage file). */
  get isObject(): boolean {
    const api = this.apiVersion;
    return !!this.kind && !!api && !NON_OBJECT_API_GROUPS.some(g => api.startsWith(g));
  }

  /**
   * Whether the object is a template another tool fills in: a name with a Flux
   * substitution (`${APP}`), a Go template or kustomize's `_` placeholder.
   */
  get isTemplate(): boolean {
    const name = this.name;
    return name !== undefined && (name.includes('${') || name.includes('{{') || name === '_');
  }

  /** Whether objects of this kind live in a namespace. */
  get namespaced(): boolean {
    return !CLUSTER_SCOPED_KINDS.has(this.kind ?? '');
  }

  /**
   * The nodes along `path`: for a mapping entry its key, and the value. Stops at the
   * deepest node that exists.
   */
  private get doc() {
    return this.source.doc(this.index);
  }

  private locate(path: YamlPath): { key?: Node; value?: Node } {
    let node: unknown = this.doc.contents;
    let key: Node | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.doc);
      if (isMap(node)) {
        const pair = node.items.find(p => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) return { key, value: node as Node };
        key = isScalar(pair.key) ? (pair.key as Node) : undefined;
        node = pair.value;
        if (!node) return { key };
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        key = undefined;
        node = node.items[segment];
      } else {
        return { key, value: node as Node };
      }
    }
    return { key, value: node as Node };
  }

  /** Whether a node exists at `path`. */
  has(path: YamlPath): boolean {
    return this.source.remember('has', this.index, path, () => this.findHas(path));
  }

  private findHas(path: YamlPath): boolean {
    const fast = this.source.fastHas(this.index, path);
    if (fast !== undefined) return fast;
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.doc);
      if (isMap(node)) {
        const pair = node.items.find(p => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) return false;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
      } else return false;
    }
    return node !== undefined;
  }

  /**
   * The 1-based line of the node at `path`: of its key for a mapping entry, of the item
   * for a sequence entry; of the deepest existing ancestor when the path is incomplete.
   */
  line(path: YamlPath = []): number {
    return this.source.remember('line', this.index, path, () => this.findLine(path));
  }

  private findLine(path: YamlPath): number {
    const fast = this.source.fastLine(this.index, path);
    if (fast !== undefined) return fast;
    const { key, value } = this.locate(path);
    const offset = key?.range?.[0] ?? value?.range?.[0];
    return offset === undefined ? 1 : this.source.lineCounter.linePos(offset).line;
  }

  /** The source text of the scalar at `path` (`1.20` stays `1.20`), or `undefined`. */
  scalarText(path: YamlPath): string | undefined {
    // A string is its own source (the yaml package's `source` of a scalar is its text
    // after unquoting); only other scalars need the document.
    const plain = getIn(this.value, path);
    if (typeof plain === 'string' && this.source.fast) return plain;
    const { value } = this.locate(path);
    if (!isScalar(value) || !this.has(path)) return undefined;
    const source = (value as { source?: string }).source;
    if (typeof source === 'string') return source;
    return value.value === null || value.value === undefined ? undefined : String(value.value);
  }
}

/** A YAML file's documents, or why the parser refused it. */
/** A file's documents, or why it does not parse. */
type LintFile = YamlDoc[] | { error: { line: number; message: string } };

/** Parses one file: from js-yaml's documents when it read the file, else with the yaml package. */
function parseLintFile(file: string, text: string, fast: FastDoc[] | undefined): LintFile {
  if (fast) {
    const source = new LazyDocuments(text);
    const docs: YamlDoc[] = [];
    fast.forEach(({ value }, i) => {
      if (value !== null && value !== undefined) docs.push(new YamlDoc(file, i, source, value));
    });
    // Kept by a ReadCache: a list grown by `push` keeps room for 16 more.
    return docs.slice();
  }
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  const docs: YamlDoc[] = [];
  const all = Array.isArray(parsed) ? parsed : [];
  const source = LazyDocuments.of(text, all, lineCounter);
  for (const [i, doc] of all.entries()) {
    const error = doc.errors[0];
    if (error) return { error: { line: lineCounter.linePos(error.pos[0]).line, message: error.message } };
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      return { error: { line: 1, message: e instanceof Error ? e.message : String(e) } };
    }
    if (value === null || value === undefined) continue;
    docs.push(new YamlDoc(file, i, source, value));
  }
  return docs;
}

/** A YAML file the parser refused. */
export interface SyntaxError {
  file: string;
  line: number;
  message: string;
}

const YAML_FILE = /\.ya?ml$/;

/**
 * Every YAML file of a repository parsed once, with line numbers, plus the kustomization
 * graph and effective namespaces. Helm chart templates are left out; so are files that
 * do not parse but carry `{{` (other templates).
 */
export class RepoIndex {
  private readonly allPaths: readonly string[];
  private readonly allDocs: YamlDoc[] = [];
  private readonly errors: SyntaxError[] = [];
  private readonly notParsed: string[] = [];
  /** What the rule running reads, when it is recorded (see ruleReuse.ts). */
  private reads?: Set<string>;
  private trackedTree?: FileTree;
  private readonly byFile = new Map<string, YamlDoc[]>();
  private readonly extra = new Map<string, YamlDoc[] | undefined>();
  private readonly lineCache = new Map<string, string[]>();
  private graph?: KustomizeGraph;
  private byKind?: Map<string, YamlDoc[]>;
  private allObjects?: YamlDoc[];

  constructor(
    private readonly files: FileTree,
    /** The reader's parsed files of the same tree, shared. */
    private readonly cache?: ReadCache,
  ) {
    this.allPaths = files.paths();
    const chartDirs = new Set(this.allPaths.filter(p => /(^|\/)Chart\.ya?ml$/.test(p)).map(dirOf));
    for (const file of this.allPaths) {
      if (!YAML_FILE.test(file)) continue;
      if (chartDirs.size && isChartTemplate(file, chartDirs)) {
        this.notParsed.push(file);
        continue;
      }
      const docs = this.parse(file, true);
      if (docs) this.byFile.set(file, docs);
    }
  }

  private parse(file: string, report: boolean): YamlDoc[] | undefined {
    const text = this.files.read(file) ?? '';
    const cache = this.cache;
    // Through the cache, a file whose text did not change keeps its documents (and the
    // lines rules asked of them) from one lint to the next.
    const parsed = cache
      ? cache.perFile('lint', file, text, () => parseLintFile(file, text, cache.fast(file, text)))
      : parseLintFile(file, text, fastLoadAll(text));
    if (!Array.isArray(parsed)) {
      if (report) this.syntaxError(file, text, parsed.error.line, parsed.error.message);
      return undefined;
    }
    if (report) this.allDocs.push(...parsed);
    return parsed;
  }

  /** Every file path, sorted. */
  get paths(): readonly string[] {
    this.track('paths');
    return this.allPaths;
  }

  /** Every document of every parsed file. */
  get docs(): readonly YamlDoc[] {
    this.track('all');
    return this.allDocs;
  }

  /** The YAML files the parser refused. */
  get syntaxErrors(): readonly SyntaxError[] {
    this.track('all');
    return this.errors;
  }

  /** Files not parsed: chart templates and templated text. */
  get skipped(): readonly string[] {
    this.track('all');
    return this.notParsed;
  }

  /** The repository's files (what a rule reads of them is recorded, see ruleReuse.ts). */
  get tree(): FileTree {
    if (!this.reads) return this.files;
    this.trackedTree ??= {
      read: path => {
        this.track(`text:${path}`);
        return this.files.read(path);
      },
      exists: path => {
        this.track('paths');
        return this.files.exists(path);
      },
      paths: () => {
        this.track('paths');
        return this.files.paths();
      },
    };
    return this.trackedTree;
  }

  /** Documents of a kind whose name holds a Flux substitution (`${APP}-data`): templates, not among {@link RepoIndex.objects}. */
  substituted(kind: string): YamlDoc[] {
    this.track(`substituted:${kind}`);
    return this.allDocs.filter(d => d.kind === kind && d.name?.includes('${'));
  }

  /** Whether a file (not a folder) is at `path`: what a rule asks without reading the file. */
  isFile(path: string): boolean {
    this.track('paths');
    return this.files.read(path) !== undefined;
  }

  /** @internal Records what is read into `reads` (until called again; `undefined` stops). */
  recordReads(reads: Set<string> | undefined) {
    this.reads = reads;
  }

  /** @internal Notes that the rule running reads `what` (helpers that keep results per index say what they read). */
  track(...what: string[]) {
    if (this.reads) for (const w of what) this.reads.add(w);
  }

  private syntaxError(file: string, text: string, line: number, message: string) {
    if (text.includes('{{')) {
      this.notParsed.push(file);
      return;
    }
    // An error at the end of the file (an unclosed bracket) points at its last line.
    const lastLine = Math.max(1, text.trimEnd().split('\n').length);
    this.errors.push({ file, line: Math.min(line, lastLine), message: message.split('\n')[0] });
  }

  /** The documents of a YAML file (empty if it is not one, or does not parse). */
  docsOf(file: string): YamlDoc[] {
    this.track(`file:${file}`);
    return this.byFile.get(file) ?? [];
  }

  /** The documents of a file with another extension (a Talos `.patch`), parsed on demand. */
  parseFile(file: string): YamlDoc[] | undefined {
    if (this.byFile.has(file)) return this.byFile.get(file);
    this.track(`parse:${file}`);
    if (!this.extra.has(file)) this.extra.set(file, this.files.read(file) === undefined ? undefined : this.parse(file, false));
    return this.extra.get(file);
  }

  /** Kubernetes objects (templates left out), optionally of some kinds only. */
  objects(...kinds: string[]): YamlDoc[] {
    if (this.reads) {
      if (kinds.length === 0) this.reads.add('objects');
      for (const kind of kinds) this.reads.add(`kind:${kind}`);
    }
    if (!this.allObjects) {
      this.allObjects = this.allDocs.filter(d => d.isObject && !d.isTemplate);
      this.byKind = new Map();
      for (const d of this.allObjects) {
        const list = this.byKind.get(d.kind!) ?? [];
        list.push(d);
        this.byKind.set(d.kind!, list);
      }
    }
    if (kinds.length === 0) return this.allObjects;
    if (kinds.length === 1) return this.byKind!.get(kinds[0]) ?? [];
    return this.allObjects.filter(d => kinds.includes(d.kind!));
  }

  /** The lines of a file's text. */
  lines(file: string): string[] {
    this.track(`text:${file}`);
    let lines = this.lineCache.get(file);
    if (!lines) {
      lines = (this.files.read(file) ?? '').split('\n');
      this.lineCache.set(file, lines);
    }
    return lines;
  }

  /** The kustomizations and what they include. */
  get kustomize(): KustomizeGraph {
    this.track('kustomize');
    if (this.graph) return this.graph;
    // What the graph reads is its own input, not the rule's.
    const reads = this.reads;
    this.reads = undefined;
    try {
      return this.buildGraph();
    } finally {
      this.reads = reads;
    }
  }

  private buildGraph(): KustomizeGraph {
    if (!this.cache) {
      this.graph = new KustomizeGraph(this);
      return this.graph;
    }
    // Through a cache, the graph of the last lint serves again when built from the same documents.
    const inputs = KustomizeGraph.inputsOf(this);
    const last = this.cache.kept<{ inputs: GraphInputs; graph: KustomizeGraph }>('lint-kustomize');
    this.graph = last && KustomizeGraph.sameInputs(last.inputs, inputs) ? last.graph : new KustomizeGraph(this);
    this.cache.keep('lint-kustomize', { inputs, graph: this.graph });
    return this.graph;
  }

  /**
   * The namespace an object lands in: a Flux Kustomization's `targetNamespace`, else the
   * `namespace:` of the outermost kustomization including it, else its own, else an Argo
   * CD Application's destination. `undefined` for cluster-scoped kinds.
   */
  namespaceOf(doc: YamlDoc): string | undefined {
    if (!doc.namespaced) return undefined;
    return this.kustomize.namespaceOf(doc);
  }

  /**
   * Every namespace an object lands in, {@link RepoIndex.namespaceOf} first: more than one
   * when several builds include its file (a kustomize Component that kustomizations of
   * different namespaces include). Empty for cluster-scoped kinds and unknown namespaces.
   */
  namespacesOf(doc: YamlDoc): string[] {
    if (!doc.namespaced) return [];
    return this.kustomize.namespacesOf(doc);
  }
}

function isChartTemplate(file: string, chartDirs: ReadonlySet<string>): boolean {
  const parts = file.split('/');
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === 'templates' || parts[i] === 'crds') {
      const chart = parts.slice(0, i).join('/');
      if (chartDirs.has(chart)) return true;
    }
  }
  return false;
}
