import { RawFinding } from '../../types';
import { at, listing } from '../helpers';
import { appRoots, ArgoRule, doc } from './common';

/** L31: an app kustomization sets its domain namespace. */
export const appNamespace: ArgoRule = {
  ...doc('app-namespace', 'error', 'L31', 'an app\'s kustomization.yaml sets "namespace:" to its domain namespace (media, ai, productivity, web, other).'),
  title: "App kustomizations set their domain's namespace",
  description: "The kustomization.yaml of every app (each one an Application deploys on its own) sets namespace: to one of the profile's domains, the domain its folder is in.",
  check: ({ index, options, apps }) => {
    const out: RawFinding[] = [];
    for (const { folder } of apps) {
      const domain = folder.slice(options.appsRoot.length + 1).split('/')[0];
      for (const root of appRoots(index, folder)) {
        const k = index.kustomize.at(root)!;
        if (!k.namespace) {
          out.push(at(k.doc, ['kind'], `${k.file} sets no namespace: its objects land wherever their files say`, `Set namespace: ${domain}.`));
        } else if (!options.domains.includes(k.namespace)) {
          out.push(at(k.doc, ['namespace'], `${k.file} deploys into ${k.namespace}, which is not an app domain (${listing(options.domains)})`, `Use one of ${listing(options.domains)}.`));
        } else if (k.namespace !== domain && options.domains.includes(domain)) {
          out.push(at(k.doc, ['namespace'], `${k.file} deploys into ${k.namespace}, but its folder is in domain ${domain}`, `Set namespace: ${domain}, or move the app to ${options.appsRoot}/${k.namespace}/.`));
        }
      }
    }
    return out;
  },
};
