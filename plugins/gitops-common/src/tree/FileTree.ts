/**
 * A read-only view of a repository's files, by POSIX path relative to its root.
 * Rendering and reading are pure functions over one of these.
 *
 * @public
 */
export interface FileTree {
  /** The text of a file, or `undefined` if there is none at `path`. */
  read(path: string): string | undefined;
  /** Whether a file or folder exists at `path`. */
  exists(path: string): boolean;
  /** Every file path, sorted. */
  paths(): readonly string[];
}

/**
 * A {@link FileTree} held in memory.
 *
 * @public
 */
export class MapFileTree implements FileTree {
  private readonly files: Map<string, string>;
  private readonly folders = new Set<string>();
  private sorted?: string[];

  constructor(files: Iterable<[string, string]> | Record<string, string> = {}) {
    const entries =
      Symbol.iterator in Object(files)
        ? (files as Iterable<[string, string]>)
        : Object.entries(files as Record<string, string>);
    this.files = new Map(entries);
    for (const path of this.files.keys()) this.addFolders(path);
  }

  read(path: string): string | undefined {
    return this.files.get(path);
  }

  exists(path: string): boolean {
    const clean = path.replace(/\/+$/, '');
    return this.files.has(clean) || this.folders.has(clean);
  }

  paths(): readonly string[] {
    this.sorted ??= [...this.files.keys()].sort();
    return this.sorted;
  }

  /**
   * A new tree with `changes` written over this one (`undefined` deletes a file). Its
   * folders and sorted paths start from this tree's when no file was deleted (a refresh
   * changes a few files of many).
   */
  with(changes: Iterable<[string, string | undefined]>): MapFileTree {
    const next = new MapFileTree();
    const files = next.files;
    for (const [path, text] of this.files) files.set(path, text);
    const added: string[] = [];
    let deleted = false;
    for (const [path, text] of changes) {
      if (text === undefined) deleted = files.delete(path) || deleted;
      else {
        if (!files.has(path)) added.push(path);
        files.set(path, text);
      }
    }
    if (deleted) {
      for (const path of files.keys()) next.addFolders(path);
      return next;
    }
    for (const folder of this.folders) next.folders.add(folder);
    for (const path of added) next.addFolders(path);
    if (!added.length) next.sorted = this.sorted;
    return next;
  }

  private addFolders(path: string) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      this.folders.add(parts.slice(0, i).join('/'));
    }
  }
}
