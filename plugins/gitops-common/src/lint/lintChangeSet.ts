import { ChangeSet } from '../changeset/types';
import { FileTree } from '../tree/FileTree';
import { OverlayTree } from '../tree/OverlayTree';
import { lintRepository } from './lintRepository';
import { Finding, LintOptions } from './types';

/**
 * Lints `tree` with `changeSet` applied and keeps the findings in the files the change
 * set adds or modifies: what a review of the change needs to see.
 *
 * @public
 */
export function lintChangeSet(tree: FileTree, changeSet: ChangeSet, options: LintOptions): Finding[] {
  const touched = new Set(changeSet.files.map(f => f.path));
  return lintRepository(new OverlayTree(tree, changeSet), options).filter(f => touched.has(f.file));
}
