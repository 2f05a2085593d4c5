import { ConflictError, NotFoundError } from '@backstage/errors';
import { FileTree } from '../tree/FileTree';
import { compareStrings, dirOf, repoPath } from '../tree/paths';
import { ChangeSet, FileChange, ManualStep } from '../changeset/types';

/**
 * Collects the files, edits and deletions of one change set against a tree. Adding a file
 * that exists is a conflict; editing or deleting one that does not is an error. Edits of a file added
 * in the same change set apply to the new text.
 *
 * @public
 */
export class ChangeSetBuilder {
  private readonly pending = new Map<string, FileChange>();
  private readonly steps = new Map<string, ManualStep>();

  constructor(readonly tree: FileTree) {}

  /** Adds a new file; a `ConflictError` if it exists in the tree or was added already. */
  add(path: string, content: string): void {
    const clean = repoPath(path);
    if (this.tree.exists(clean) || this.pending.has(clean)) {
      throw new ConflictError(`${clean} already exists in the repository`);
    }
    this.pending.set(clean, { path: clean, action: 'add', content });
  }

  /** Rewrites an existing (or already added) file through `edit`. */
  edit(path: string, edit: (current: string) => string): void {
    const clean = repoPath(path);
    if (this.pending.get(clean)?.action === 'delete') {
      throw new NotFoundError(`${clean} is deleted by this change`);
    }
    const added = this.pending.get(clean);
    const current = added?.content ?? this.tree.read(clean);
    if (current === undefined) {
      throw new NotFoundError(`${clean} does not exist in the repository`);
    }
    const content = edit(current);
    if (added) added.content = content;
    else this.pending.set(clean, { path: clean, action: 'modify', content, previous: current });
  }

  /**
   * Deletes a file of the tree; a `NotFoundError` if it is not there. A file added in
   * this change set is simply not added.
   */
  delete(path: string): void {
    const clean = repoPath(path);
    const pending = this.pending.get(clean);
    if (pending?.action === 'delete') return;
    if (pending?.action === 'add') {
      this.pending.delete(clean);
      return;
    }
    const previous = pending?.previous ?? this.tree.read(clean);
    if (previous === undefined) {
      throw new NotFoundError(`${clean} does not exist in the repository`);
    }
    this.pending.set(clean, { path: clean, action: 'delete', content: '', previous });
  }

  /** The current text of a file: as added or edited here, else as in the tree; deleted files have none. */
  read(path: string): string | undefined {
    const pending = this.pending.get(path);
    if (pending?.action === 'delete') return undefined;
    return pending?.content ?? this.tree.read(path);
  }

  /** Whether a path exists in the tree or was added here (and not deleted here). */
  exists(path: string): boolean {
    const pending = this.pending.get(path);
    if (pending) return pending.action !== 'delete';
    return this.tree.exists(path);
  }

  /** Paths this change set adds directly inside `folder`, in the order they were added. */
  addedIn(folder: string): string[] {
    return [...this.pending.values()]
      .filter(f => f.action === 'add' && dirOf(f.path) === folder)
      .map(f => f.path);
  }

  /** Folders that received added files. */
  foldersWithAdditions(): string[] {
    return [...new Set([...this.pending.values()].filter(f => f.action === 'add').map(f => dirOf(f.path)))];
  }

  step(step: ManualStep): void {
    this.steps.set(step.id, step);
  }

  /** The steps recorded so far, in the order they were first recorded. */
  manualSteps(): ManualStep[] {
    return [...this.steps.values()];
  }

  build(profile: string): ChangeSet {
    return {
      profile,
      files: [...this.pending.values()]
        .filter(f => f.action !== 'modify' || f.content !== f.previous)
        .sort((a, b) => compareStrings(a.path, b.path)),
      manualSteps: [...this.steps.values()],
    };
  }
}
