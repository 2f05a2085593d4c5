export { inferProfile } from './inferProfile';
export { formatInference } from './format';
export type { InferredField, ProfileInference, Undecided } from './types';
