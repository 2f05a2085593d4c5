export { MapFileTree } from './FileTree';
export type { FileTree } from './FileTree';
export { repoPath, dirOf, relativePath, compareStrings } from './paths';
