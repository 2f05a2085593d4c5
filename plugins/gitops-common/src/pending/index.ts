export type { PendingChange, PendingChangesResponse, RepositoriesResponse } from './types';
