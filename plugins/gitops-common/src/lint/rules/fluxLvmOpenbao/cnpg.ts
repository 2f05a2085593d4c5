import type { RepoIndex, YamlDoc } from '../../repoIndex';

/** The CloudNativePG Clusters of a repository. */
export function cnpgClusters(index: RepoIndex): YamlDoc[] {
  return index.objects('Cluster').filter(d => d.apiVersion?.startsWith('postgresql.cnpg.io/'));
}
