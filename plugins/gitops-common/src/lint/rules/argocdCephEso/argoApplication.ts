import { arrayAt, stringAt } from '../../k8s';
import { resolveEntry } from '../../kustomize';
import { RawFinding } from '../../types';
import { at, atFile } from '../helpers';
import { appRoots, applications, applicationsOf, ArgoRule, doc } from './common';

/** L35: each app kustomization has exactly one Application, which matches it. */
export const argoApplication: ArgoRule = {
  ...doc(
    'argo-application',
    'error',
    'L35',
    'every cluster/apps/**/kustomization.yaml root has exactly one Argo Application in platform/gitops/argocd/apps/ whose source.path exists and whose destination.namespace equals the kustomization namespace.',
  ),
  title: 'Each app has one Argo CD Application that matches it',
  description:
    "Every app kustomization that nothing else includes is the source path of exactly one Application, in the Argo CD apps folder; that Application's destination namespace equals the kustomization's namespace, and its project is an AppProject of the repository (or default) whose destinations admit the namespace. Every path an Application names in this repository (its repoURL is the profile's argocd.repoURL) exists.",
  check: ({ index, options, apps }) => {
    const out: RawFinding[] = [];
    for (const { folder } of apps) {
      for (const root of appRoots(index, folder)) {
        const k = index.kustomize.at(root)!;
        const owners = applicationsOf(index, root);
        if (!owners.length) {
          out.push(atFile(k.file, `${root}/ is deployed by no Argo CD Application`, `Add ${options.argocd.appsDir}/<app>-app.yaml with source.path ${root} and destination.namespace ${k.namespace ?? '<domain>'}, and list it in ${options.argocd.appsDir}/kustomization.yaml.`));
          continue;
        }
        for (const extra of owners.slice(1)) {
          out.push(at(extra, ['spec'], `Application ${extra.name} deploys ${root}/, which Application ${owners[0].name} (${owners[0].file}) deploys already`, 'Keep one Application per app folder.'));
        }
        const app = owners[0];
        const dest = stringAt(app.value, ['spec', 'destination', 'namespace']);
        if (k.namespace && dest !== k.namespace) {
          out.push(at(app, ['spec', 'destination', 'namespace'], `Application ${app.name} deploys into ${dest ?? '(no namespace)'}, but ${k.file} sets namespace ${k.namespace}`, `Set spec.destination.namespace: ${k.namespace}.`));
        }
        if (!app.file.startsWith(`${options.argocd.appsDir}/`)) {
          out.push(at(app, ['metadata', 'name'], `Application ${app.name} is not in ${options.argocd.appsDir}/`, `Move it to ${options.argocd.appsDir}/ and list it there.`));
        }
      }
    }
    const projects = index.objects('AppProject');
    for (const app of applications(index)) {
      const sources: (string | number)[][] = [['spec', 'source'], ...arrayAt(app.value, ['spec', 'sources']).map((_, i) => ['spec', 'sources', i])];
      for (const source of sources) {
        const repoURL = stringAt(app.value, [...source, 'repoURL']);
        if (repoURL !== undefined && repoURL !== options.argocd.repoURL) continue; // another repository's path
        const path = stringAt(app.value, [...source, 'path']);
        const resolved = path === undefined ? undefined : resolveEntry('', path);
        if (resolved !== undefined && resolved !== '' && !index.tree.exists(resolved)) {
          out.push(at(app, [...source, 'path'], `Application ${app.name} deploys ${resolved}, which does not exist`, 'Correct the source path, or add the folder.'));
        }
      }
      const project = stringAt(app.value, ['spec', 'project']) ?? 'default';
      if (project === 'default') continue;
      const p = projects.find(d => d.name === project);
      if (!p) {
        out.push(at(app, ['spec', 'project'], `Application ${app.name} belongs to project ${project}, which the repository does not define`, `Define AppProject ${project}, or use project default.`));
        continue;
      }
      const dest = stringAt(app.value, ['spec', 'destination', 'namespace']);
      const allowed = arrayAt(p.value, ['spec', 'destinations']).map(d => stringAt(d, ['namespace']));
      if (dest && !allowed.some(ns => ns === '*' || ns === dest || (ns?.endsWith('*') && dest.startsWith(ns.slice(0, -1))))) {
        out.push(at(app, ['spec', 'destination', 'namespace'], `Application ${app.name} deploys into ${dest}, which AppProject ${project} does not admit`, `Add namespace ${dest} to the destinations of AppProject ${project}.`));
      }
    }
    return out;
  },
};
