const CHANGES = 'changes/';

/** A file change the preview lists. */
export interface PreviewFile {
  path: string;
  content: string;
  action?: 'add' | 'modify' | 'delete';
}

/**
 * The files a dry run proposes: those the actions wrote into `changes/` (with their text
 * and, from the template's `changes` output, whether they are added or modified), and
 * those that output says are deleted (no text), sorted by path.
 */
export function previewFiles(
  directoryContents: { path: string; base64Content: string }[],
  changes: { path: string; action: 'add' | 'modify' | 'delete' }[] = [],
): PreviewFile[] {
  const actions = new Map(changes.map(c => [c.path, c.action]));
  return directoryContents
    .filter(f => f.path.startsWith(CHANGES))
    .map(f => {
      const path = f.path.slice(CHANGES.length);
      return { path, content: atob(f.base64Content), action: actions.get(path) };
    })
    .concat(changes.filter(c => c.action === 'delete').map(c => ({ path: c.path, content: '', action: c.action })))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
