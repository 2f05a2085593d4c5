import { Entry } from './entries';

/**
 * Clusters as a dimension: a repository that deploys two clusters keeps each cluster's
 * engine objects under its own folder (`clusters/production/…`, `kubernetes/main/…`,
 * `kubernetes/staging/…`). An entry's cluster is the folder its file is in; only when a
 * repository has two or more such folders is the dimension kept, so one-cluster
 * repositories read as before.
 */

const CLUSTER_FOLDER = /^(?:.*\/)?(clusters|kubernetes)\/([^/]+)\//;

/** Folder names under `kubernetes/` that are app or infrastructure folders, not clusters. */
const NOT_CLUSTERS = new Set([
  'apps',
  'infrastructure',
  'infra',
  'components',
  'flux',
  'flux-system',
  'bootstrap',
  'base',
  'platform',
  'core',
  'templates',
  'shared',
  'common',
]);

/** The cluster a file of engine objects belongs to, by its path. */
export function clusterOfFile(file: string): string | undefined {
  const match = CLUSTER_FOLDER.exec(file);
  if (!match) return undefined;
  const [, parent, name] = match;
  if (parent === 'kubernetes' && NOT_CLUSTERS.has(name)) return undefined;
  return name;
}

/** Sets `cluster` on every entry when the entries span two or more clusters; returns the clusters. */
export function assignClusters(entries: Entry[]): string[] {
  const byEntry = new Map(entries.map(e => [e, clusterOfFile(e.file)]));
  const clusters = [
    ...new Set([...byEntry.values()].filter((c): c is string => !!c)),
  ].sort();
  if (clusters.length < 2) return [];
  for (const [entry, cluster] of byEntry) if (cluster) entry.cluster = cluster;
  return clusters;
}
