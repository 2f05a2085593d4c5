/**
 * Annotations Homeport's entity provider writes on the entities of GitOps services, and
 * its frontend reads.
 *
 * @public
 */
export const GITOPS_ANNOTATIONS = {
  /** `<repository id>`: the configured GitOps repository the service comes from. */
  repository: 'homeport.dev/repository',
  /** `<profile id>`: the convention the repository follows. */
  profile: 'homeport.dev/profile',
  /** The service's folder in the repository, such as `apps/mealie`. */
  folder: 'homeport.dev/folder',
  /** JSON array of the repository paths that define the service. */
  files: 'homeport.dev/files',
  /** JSON array of the service's lint findings (`Finding[]` of the lint module). */
  findings: 'homeport.dev/findings',
  /** JSON array of the service's workloads as the reader found them (kind, name, namespace, images, chart, gpu). */
  workloads: 'homeport.dev/workloads',
  /** The commit of the repository the entity was read from (the provider's read that last changed it). */
  commit: 'homeport.dev/commit',
  /** In a repository that deploys two or more clusters: the service's cluster (`staging`). */
  cluster: 'homeport.dev/cluster',
  /**
   * On the repository's System, when the read did not understand all of it: JSON of the
   * reader's `Understanding` (status, entry points found, what was not read and why).
   */
  understanding: 'homeport.dev/understanding',
  /**
   * JSON array of the manual steps the repository records for the service
   * (`RecordedStep[]`: id, app, owner, title, detail, check, and `done` once a person
   * marked it done), from its steps file (see `stepsFilePath`). Absent when the
   * repository records none (a hand-written service).
   */
  manualSteps: 'homeport.dev/manual-steps',
} as const;
