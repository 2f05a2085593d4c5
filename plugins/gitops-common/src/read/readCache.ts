import { ReadWarning } from './types';
import { ParsedFile, parseYamlFile } from './yamlFile';

interface Cached {
  parsed: ParsedFile;
  warnings: ReadWarning[];
}

/**
 * Parsed YAML kept between reads of a repository, so that a scheduled refresh parses
 * only the files that changed. Parsing is the reader's main cost (the yaml package
 * reads about 1 MB/s); the result of a read is the same with or without a cache.
 * Entries a read does not use are dropped at its end.
 *
 * @public
 */
export class ReadCache {
  private entries = new Map<string, Cached>();
  private used = new Map<string, Cached>();

  /** Number of files held. */
  get size(): number {
    return this.entries.size;
  }

  /** @internal */
  parse(path: string, text: string, warnings: ReadWarning[]): ParsedFile {
    const key = `${path}\u0000${text}`;
    let cached = this.entries.get(key) ?? this.used.get(key);
    if (!cached) {
      const own: ReadWarning[] = [];
      cached = { parsed: parseYamlFile(path, text, own), warnings: own };
    }
    this.used.set(key, cached);
    warnings.push(...cached.warnings);
    return cached.parsed;
  }

  /** @internal Ends a read: keeps what it used, drops the rest. */
  sweep() {
    this.entries = this.used;
    this.used = new Map();
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
