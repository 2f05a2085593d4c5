import { Document, LineCounter, parseAllDocuments } from 'yaml';

/**
 * The `yaml` documents of one file, parsed only when a rule asks for a line or a
 * scalar's source text: most files are read by js-yaml and never need them.
 */
export class LazyDocuments {
  private parsed?: { docs: Document[]; lineCounter: LineCounter };

  constructor(
    private readonly text: string,
    /** Whether js-yaml read the file (no anchors, aliases, tags or errors). */
    readonly fast = true,
  ) {}

  /** Documents parsed already (the file was read by the yaml package). */
  static of(docs: Document[], lineCounter: LineCounter): LazyDocuments {
    const lazy = new LazyDocuments('', false);
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

  /** The document at `index` of the file. */
  doc(index: number): Document {
    return this.all.docs[index];
  }

  get lineCounter(): LineCounter {
    return this.all.lineCounter;
  }
}
