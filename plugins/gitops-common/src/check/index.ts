export { checkChange } from './checkChange';
export type { BuildProblem, ChangeCheck } from './checkChange';
