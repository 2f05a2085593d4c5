import { Document, LineCounter, parseAllDocuments } from 'yaml';
import { fastLines, hasAt, lineAt, LineNode } from '../yaml/fastLines';

/** A file's `yaml` documents and js-yaml line table, as far as they were asked for. */
interface Tables {
  parsed?: { docs: Document[]; lineCounter: LineCounter };
  lines?: (LineNode | undefined)[];
}

/** How many files' {@link Tables} are kept (the files asked last). */
const RECENT_FILES = 64;

/**
 * The tables of the files asked last, oldest first: they take several times their text,
 * and rules ask for the lines of one file after another, so a lint of a repository with
 * thousands of findings keeps the tables of a few files, not of all of them at once.
 */
const recent = new Map<LazyDocuments, Tables>();

/** Drops the tables kept (they are computed again when asked): at the end of a lint. */
export function releaseTables() {
  recent.clear();
}

/**
 * The `yaml` documents of one file, parsed only when a rule asks for a line or a
 * scalar's source text: most files are read by js-yaml and never need them. Those and
 * the line tables are kept for the files asked last only (see `recent`).
 */
export class LazyDocuments {
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
    lazy.tables().parsed = { docs, lineCounter };
    return lazy;
  }

  /** This file's tables, now the most recently asked. */
  private tables(): Tables {
    let tables = recent.get(this);
    if (tables) recent.delete(this);
    else tables = {};
    recent.set(this, tables);
    if (recent.size > RECENT_FILES) recent.delete(recent.keys().next().value!);
    return tables;
  }

  private get all() {
    const tables = this.tables();
    if (!tables.parsed) {
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(this.text, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: false,
        logLevel: 'silent',
      });
      tables.parsed = { docs: Array.isArray(docs) ? docs : [], lineCounter };
    }
    return tables.parsed;
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
    const tables = this.tables();
    tables.lines ??= fastLines(this.text) ?? [];
    return tables.lines[index];
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
