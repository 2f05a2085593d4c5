import { ArgocdCephEsoOptions } from '../../../profiles/argocdCephEso/options';
import { applicationPaths } from '../../kustomize';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import { Rule, RuleDoc } from '../../types';
import { isUnder } from '../helpers';

export const PROFILE = 'argocd-ceph-eso';

/** A rule of this profile. */
export type ArgoRule = Rule<ArgocdCephEsoOptions>;

/** Documentation fields shared by this profile's rules. */
export function doc(slug: string, severity: RuleDoc['severity'], source: string, citation: string) {
  return { id: `${PROFILE}/${slug}`, severity, source, citation: `seed 003: ${citation}` };
}

/** Argo CD Applications (argoproj.io). */
export function applications(index: RepoIndex): YamlDoc[] {
  return index.objects('Application').filter(d => d.apiVersion?.startsWith('argoproj.io/'));
}

/**
 * The kustomization folders an app folder deploys on their own: those no other
 * kustomization includes (`cluster/apps/web/portfolio/prod` and `…/staging`).
 */
export function appRoots(index: RepoIndex, folder: string): string[] {
  const graph = index.kustomize;
  const included = new Set<string>();
  for (const k of graph.byDir.values()) for (const e of k.entries) if (e.use === 'resource' && e.target) included.add(e.target);
  return [...graph.byDir.keys()].filter(dir => isUnder(dir, folder) || dir === folder).filter(dir => !included.has(dir)).sort();
}

/** The Applications deploying a folder. */
export function applicationsOf(index: RepoIndex, dir: string): YamlDoc[] {
  return applications(index).filter(a => applicationPaths(a).includes(dir));
}

/** The Namespaces defined in the central namespaces folder, by name. */
export function centralNamespaces(index: RepoIndex, o: ArgocdCephEsoOptions): Map<string, YamlDoc> {
  return new Map(index.objects('Namespace').filter(d => isUnder(d.file, o.namespacesDir) && d.name).map(d => [d.name!, d]));
}
