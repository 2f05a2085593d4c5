export type { PendingChange, PendingChangesResponse } from './types';
