export { GitopsEntityProvider } from './GitopsEntityProvider';
export type { GitopsReadResult } from './GitopsEntityProvider';
export { DEFAULT_SCHEDULE } from './config';
export { readCommitTree } from './readCommitTree';
