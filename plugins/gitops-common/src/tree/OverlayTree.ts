import { ChangeSet } from '../changeset/types';
import { FileTree } from './FileTree';

/** A tree with a change set's files written over it. */
export class OverlayTree implements FileTree {
  private readonly changed: Map<string, string>;
  private sorted?: string[];
  private folders?: Set<string>;

  constructor(private readonly base: FileTree, changeSet: ChangeSet) {
    this.changed = new Map(changeSet.files.map(f => [f.path, f.content]));
  }

  read(path: string): string | undefined {
    return this.changed.get(path) ?? this.base.read(path);
  }

  exists(path: string): boolean {
    const clean = path.replace(/\/+$/, '');
    if (this.changed.has(clean) || this.base.exists(clean)) return true;
    if (!this.folders) {
      this.folders = new Set();
      for (const p of this.changed.keys()) {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) this.folders.add(parts.slice(0, i).join('/'));
      }
    }
    return this.folders.has(clean);
  }

  paths(): readonly string[] {
    this.sorted ??= [...new Set([...this.base.paths(), ...this.changed.keys()])].sort();
    return this.sorted;
  }
}
