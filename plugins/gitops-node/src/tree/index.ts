export { readFileTree } from './readFileTree';
export { writeChangeSet } from './writeChangeSet';
