import { parse } from 'yaml';
import { FluxHelmProfileSpec } from '../../../profiles/document/schema';
import { fillTemplate } from '../../../profiles/document/template';
import { appOfFile } from '../../appOfFile';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import type { AppFolder } from '../../layouts';
import { RawFinding, Rule } from '../../types';
import { atFile } from '../helpers';
import { fluxHelmAppFolders } from './appFolders';

const SOURCE = 'profile';
const CITATION = '[the repository profile: .homeport/profile.yaml, homeport.profiles or inferred from its apps]';

function listed(text: string | undefined): string[] {
  try {
    const resources = (parse(text ?? '', { uniqueKeys: false }) as { resources?: unknown[] } | null)?.resources;
    return Array.isArray(resources) ? resources.map(String) : [];
  } catch {
    return [];
  }
}

/** Every app folder is listed where the profile registers apps. */
export const fluxHelmRegistration: Rule<FluxHelmProfileSpec> = {
  id: 'flux-helm/registration',
  severity: 'error',
  source: SOURCE,
  citation: CITATION,
  title: 'Apps are registered as the profile says',
  description: "Every app folder is listed in the kustomization the profile's registration names (`registration.list`, entry `registration.entry`), which is what Flux applies.",
  check: ({ tree, options: spec }) => {
    const r = spec.registration;
    if (r.type === 'none') return [];
    const out: RawFinding[] = [];
    const clean = (e: string) => e.replace(/^\.\//, '').replace(/\/$/, '');
    // Each namespace's list is parsed once, not once per app.
    const lists = new Map<string, Set<string> | undefined>();
    const entriesOf = (list: string) => {
      if (!lists.has(list)) {
        const text = tree.read(list);
        lists.set(list, text === undefined ? undefined : new Set(listed(text).map(clean)));
      }
      return lists.get(list);
    };
    for (const app of fluxHelmAppFolders(tree.paths(), spec)) {
      const vars = { app: app.app, namespace: app.namespace, domain: spec.domain };
      const list = fillTemplate(r.list!, vars);
      const entry = fillTemplate(r.entry!, vars);
      const entries = entriesOf(list);
      if (entries === undefined || entries.has(clean(entry))) continue;
      const ks = r.fluxKustomization ? `${app.folder}/${fillTemplate(r.fluxKustomization.file, vars)}` : undefined;
      const own = ks && tree.read(ks) !== undefined ? ks : app.firstFile;
      out.push(atFile(own, `App ${app.app} (${app.folder}/) is not listed in ${list}: Flux never applies it`, `Add '- ${entry}' to resources in ${list}, or delete ${app.folder}/.`));
    }
    return out;
  },
};

/** The objects of a kind that lie in the profile's app folders, from the lint index. */
function objectsInApps(index: RepoIndex, apps: readonly AppFolder[], kind: string): YamlDoc[] {
  const appOf = appOfFile(apps);
  return index.objects(kind).filter(d => appOf(d.file) !== undefined);
}

/** ExternalSecrets read the profile's secret store. */
export const fluxHelmSecretStore: Rule<FluxHelmProfileSpec> = {
  id: 'flux-helm/secret-store',
  severity: 'warning',
  source: SOURCE,
  citation: CITATION,
  title: "ExternalSecrets read the repository's secret store",
  description: "An ExternalSecret in an app folder names the store the profile sets (`secrets.store`); another store is either a typo or a second secret backend.",
  check: ({ index, apps, options: spec }) => {
    if (!spec.secrets) return [];
    const { kind, name } = spec.secrets.store;
    return objectsInApps(index, apps, 'ExternalSecret').flatMap(d => {
      const ref = ((d.value as { spec?: { secretStoreRef?: { kind?: string; name?: string } } }).spec?.secretStoreRef ?? {});
      if (ref.name === name && (ref.kind ?? 'SecretStore') === kind) return [];
      return [atFile(d.file, `ExternalSecret ${d.name} reads ${ref.kind ?? 'SecretStore'} ${ref.name}, not ${kind} ${name}`, `Set spec.secretStoreRef to ${kind} ${name}, or change secrets.store in the profile.`)];
    });
  },
};

/** PersistentVolumeClaims use the profile's storage classes. */
export const fluxHelmStorageClass: Rule<FluxHelmProfileSpec> = {
  id: 'flux-helm/storage-class',
  severity: 'warning',
  source: SOURCE,
  citation: CITATION,
  title: "Volumes use the repository's storage classes",
  description: 'A PersistentVolumeClaim in an app folder names one of the storage classes the profile sets (`storage.fast`, `storage.bulk`) or leaves it to a substitution.',
  check: ({ index, apps, options: spec }) => {
    if (!spec.storage) return [];
    const allowed = new Set([spec.storage.fast, spec.storage.bulk].filter(Boolean));
    return objectsInApps(index, apps, 'PersistentVolumeClaim').flatMap(d => {
      const cls = (d.value as { spec?: { storageClassName?: string } }).spec?.storageClassName;
      if (cls === undefined || cls.includes('${') || allowed.has(cls)) return [];
      return [atFile(d.file, `Claim ${d.name} uses storage class ${cls}, not ${[...allowed].join(' or ')}`, `Use ${[...allowed].join(' or ')}, or add the class to storage in the profile.`)];
    });
  },
};

/** The rules of a flux-helm profile: they read the document itself. */
export const FLUX_HELM_RULES: readonly Rule[] = [fluxHelmRegistration, fluxHelmSecretStore, fluxHelmStorageClass];
