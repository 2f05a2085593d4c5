import { Document, LineCounter, parseAllDocuments } from 'yaml';
import { fastLines, hasAt, lineAt, LineNode } from '../yaml/fastLines';

/**
 * The `yaml` documents of one file, parsed only when a rule asks for a line or a
 * scalar's source text: most files are read by js-yaml and never need them.
 */
export class LazyDocuments {
  private parsed?: { docs: Document[]; lineCounter: LineCounter };
  private lines?: (LineNode | undefined)[];
  /**
   * Lines and node existence already answered for this text, by document and path (kept,
   * with the file's documents, by a ReadCache from one lint of the same text to the next).
   */
  private answers?: Map<string, number | boolean>;

  constructor(
    /** The file's text. */
    readonly text: string,
    /** Whether js-yaml read the file (no anchors, aliases, tags or errors). */
    readonly fast = true,
  ) {}

  /** Documents parsed already (the file was read by the yaml package). */
  static of(text: string, docs: Document[], lineCounter: LineCounter): LazyDocuments {
    const lazy = new LazyDocuments(text, false);
    lazy.parsed = { docs, lineCounter };
    return lazy;
  }

  private get all() {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(this.text, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: false,
        logLevel: 'silent',
      });
      this.parsed = { docs: Array.isArray(docs) ? docs : [], lineCounter };
    }
    return this.parsed;
  }

  /**
   * The line of the node at `path` of document `index` from a js-yaml pass (see
   * {@link fastLines}), or `undefined` when only the yaml package can tell.
   */
  fastLine(index: number, path: readonly (string | number)[]): number | undefined {
    const root = this.root(index);
    return root ? lineAt(root, path) : undefined;
  }

  /** Whether a node exists at `path` (as {@link LazyDocuments.fastLine}). */
  fastHas(index: number, path: readonly (string | number)[]): boolean | undefined {
    const root = this.root(index);
    return root ? hasAt(root, path) : undefined;
  }

  private root(index: number): LineNode | undefined {
    if (!this.fast) return undefined;
    this.lines ??= fastLines(this.text) ?? [];
    return this.lines[index];
  }

  /** Drops the parsed documents and line tables; they are computed again when asked. */
  release() {
    this.parsed = undefined;
    this.lines = undefined;
  }

  /** `answer()` of document `index` at `path`, computed once per text. */
  remember<T extends number | boolean>(
    kind: 'line' | 'has',
    index: number,
    path: readonly (string | number)[],
    answer: () => T,
  ): T {
    const key = `${kind}${index}${JSON.stringify(path)}`;
    this.answers ??= new Map();
    const known = this.answers.get(key);
    if (known !== undefined) return known as T;
    const value = answer();
    this.answers.set(key, value);
    return value;
  }

  /** The document at `index` of the file. */
  doc(index: number): Document {
    return this.all.docs[index];
  }

  get lineCounter(): LineCounter {
    return this.all.lineCounter;
  }
}
