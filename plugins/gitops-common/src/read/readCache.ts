import { FastDoc, fastLoadAll, StringTable } from '../yaml/fastLoad';
import { ReadWarning } from './types';
import { ParsedFile, parseYamlFile } from './yamlFile';

interface Cached {
  /** The text parsed (the entry of a path is reused while its text is the same). */
  text: string;
  /** js-yaml's documents of the text, `null` when the text needs the yaml package. */
  fast?: FastDoc[] | null;
  /** The reader's parse. */
  read?: { parsed: ParsedFile; warnings?: ReadWarning[] };
  /** What other users of the cache (lint) made of the text, by slot (an object: a Map takes 180 bytes). */
  slots?: Record<string, unknown>;
}

/**
 * Parsed YAML kept between reads of a repository, and shared by the reader and lint
 * of the same tree: each file's text is parsed once (js-yaml, see fastLoadAll), a
 * scheduled refresh parses only the files that changed. The result of a read or a
 * lint is the same with or without a cache. Entries that neither the last read nor
 * the lint after it used are dropped at the end of the next read.
 *
 * @public
 */
export class ReadCache {
  private entries = new Map<string, Cached>();
  private used = new Map<string, Cached>();
  /**
   * The strings of the values parsed since the last sweep, one copy of each (the values
   * keep them; the table only serves the parses until the next sweep).
   */
  private strings: StringTable = new Map();
  /** Whole-repository results kept between reads, by slot. */
  private readonly repository = new Map<string, unknown>();

  /** Number of files held. */
  get size(): number {
    return this.entries.size;
  }

  private entry(path: string, text: string): Cached {
    let cached = this.used.get(path) ?? this.entries.get(path);
    if (cached?.text !== text) cached = { text };
    this.used.set(path, cached);
    return cached;
  }

  /** js-yaml's documents of an entry's text, read once (compacted for keeping, see fastLoadAll); `null`: left to the yaml package. */
  private fastOf(cached: Cached): FastDoc[] | null {
    if (cached.fast === undefined) cached.fast = fastLoadAll(cached.text, { keep: this.strings }) ?? null;
    return cached.fast;
  }

  /** @internal js-yaml's documents of a file (`undefined`: only the yaml package reads it as it is). */
  fast(path: string, text: string): FastDoc[] | undefined {
    return this.fastOf(this.entry(path, text)) ?? undefined;
  }

  /** @internal What `make` gives for this text of a file, made once per text and `slot`. */
  perFile<T>(slot: string, path: string, text: string, make: () => T): T {
    const cached = this.entry(path, text);
    cached.slots ??= {};
    if (!Object.hasOwn(cached.slots, slot)) cached.slots[slot] = make();
    return cached.slots[slot] as T;
  }

  /** @internal Keeps `value` under `slot` for the next read or lint of the repository. */
  keep(slot: string, value: unknown) {
    this.repository.set(slot, value);
  }

  /** @internal What was kept under `slot`, if anything. */
  kept<T>(slot: string): T | undefined {
    return this.repository.get(slot) as T | undefined;
  }

  /** @internal */
  parse(path: string, text: string, warnings: ReadWarning[]): ParsedFile {
    const cached = this.entry(path, text);
    if (!cached.read) {
      const own: ReadWarning[] = [];
      const parsed = parseYamlFile(path, text, own, this.fastOf(cached));
      cached.read = { parsed, ...(own.length ? { warnings: own } : {}) };
    }
    if (cached.read.warnings) warnings.push(...cached.read.warnings);
    return cached.read.parsed;
  }

  /**
   * @internal Ends a read of the same files as the last, of which only `changed` were
   * parsed again: their new entries replace the old (nothing else is dropped).
   */
  settle(changed: Iterable<string>) {
    for (const path of changed) {
      const now = this.used.get(path);
      if (now) this.entries.set(path, now);
    }
  }

  /** @internal Ends a read: keeps what it (and the lint since the last read) used, drops the rest. */
  sweep() {
    this.entries = this.used;
    this.used = new Map();
    this.strings = new Map();
  }
}

/** Parses through a cache when there is one. */
export function parseWith(
  cache: ReadCache | undefined,
  path: string,
  text: string,
  warnings: ReadWarning[],
): ParsedFile {
  return cache
    ? cache.parse(path, text, warnings)
    : parseYamlFile(path, text, warnings);
}
