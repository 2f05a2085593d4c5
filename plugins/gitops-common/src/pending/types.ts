/**
 * One open pending change: a `homeport/<app>` branch with commits its repository's base
 * branch does not have yet.
 *
 * @public
 */
export interface PendingChange {
  /** The id of the repository under `homeport.repositories`. */
  repository: string;
  branch: string;
  app: string;
  /** The branch's tip. */
  commit: string;
  /** Who started the change: the author of its first commit. */
  author: { name: string; email: string };
  /** The author date of its first commit, ISO 8601. */
  createdAt: string;
  /** The author date of its last commit, ISO 8601. */
  updatedAt: string;
  /** Newest first. */
  commits: { commit: string; subject: string; author: string; date: string }[];
  /** The manual steps its commits still list as unchecked, oldest first. */
  checklist: string[];
  /** The forge's compare view of the branch, for forge repositories. */
  compareUrl?: string;
}

/**
 * The answer of `GET /api/gitops/pending`: the pending changes of every configured
 * repository, and the repositories that could not be read.
 *
 * @public
 */
export interface PendingChangesResponse {
  items: PendingChange[];
  errors: { repository: string; message: string }[];
}

/**
 * The answer of `GET /api/gitops/repositories`: the ids of the repositories under
 * `homeport.repositories`, in their order (the first is the default), and how each
 * proposes changes.
 *
 * @public
 */
export interface RepositoriesResponse {
  items: { id: string; publishType: string }[];
}
