import { InputError } from '@backstage/errors';
import { ChangeSet } from '../../changeset/types';
import { stepsFilePath } from '../../steps/stepsFile';
import { FileTree } from '../../tree/FileTree';
import { ChangeSetBuilder } from '../ChangeSetBuilder';
import { emptiedFolders, filesOfService } from './attribute';
import { isDataHome, isDataObject } from './dataObjects';
import { DecommissionRequest, parseDecommissionRequest } from './decommissionRequest';
import { findService, readServices } from './findService';
import { removeRegistrations } from './registrations';
import { removeTalosExemption, TalosLayout } from './talosCleanup';
import { removeVaultFiles, VaultLayout } from './vaultCleanup';
import { isYamlPath, KubeObject, objectsOf } from './yamlObjects';

/**
 * Where the repository keeps what a service registers outside its folder; the defaults
 * are seed 000's (`flux-lvm-openbao`'s option defaults).
 *
 * @public
 */
export interface DecommissionOptions {
  vault?: Partial<VaultLayout>;
  talos?: Partial<TalosLayout>;
  /** The app's steps file (see `stepsFilePath`), removed with the app; defaults to `.homeport/steps/<app>.yaml`. */
  stepsFile?: string;
}

/** One thing a decommission removes or keeps. @public */
export interface DecommissionItem {
  file: string;
  what: string;
}

/** Data a service holds: a volume or a database. @public */
export interface DecommissionData {
  kind: 'volume' | 'database';
  name: string;
  /** Size and class or kind, in words. */
  detail: string;
  file: string;
}

/** @public */
export interface DecommissionResult {
  changeSet: ChangeSet;
  /** Everything removed: files, registration lines, Vault roles and policies, Talos exemptions, Makefile lines. */
  removed: DecommissionItem[];
  /** What stays because data is kept. */
  kept: DecommissionItem[];
  /** The service's data volumes and databases. */
  data: DecommissionData[];
  /** Whether merging the change deletes data (the service has data and it is not kept). */
  deletesData: boolean;
  /** Said when data is deleted. */
  warning?: string;
}

const describe = (o: KubeObject) => `${o.kind} ${o.metadata?.name ?? ''}`.trim();

function dataOf(service: ReturnType<typeof findService>, files: ReadonlySet<string>): DecommissionData[] {
  const volumes: DecommissionData[] = service.volumes
    .filter(v => v.source !== 'values' && files.has(v.file))
    .map(v => ({
      kind: 'volume',
      name: v.claim,
      detail: [v.size, v.storageClass && `on ${v.storageClass}`].filter(Boolean).join(' ') || 'volume',
      file: v.file,
    }));
  const databases: DecommissionData[] = service.databases
    .filter(d => d.bundled || files.has(d.file))
    .map(d => ({
      kind: 'database',
      name: d.name,
      detail: [d.kind === 'cnpg-cluster' ? 'CloudNativePG cluster' : d.kind, d.size, d.bundled && "bundled in the app's chart"]
        .filter(Boolean)
        .join(', '),
      file: d.file,
    }));
  return [...volumes, ...databases];
}

/** Databases defined in the files that the reader does not list (a CNPG `Database` in a shared cluster). */
function moreDatabases(tree: FileTree, files: readonly string[], known: DecommissionData[]): DecommissionData[] {
  const more: DecommissionData[] = [];
  for (const file of files.filter(isYamlPath)) {
    for (const o of objectsOf(tree.read(file))) {
      const name = o.metadata?.name;
      if (!['Cluster', 'Database'].includes(o.kind) || !isDataObject(o) || typeof name !== 'string') continue;
      if (known.some(d => d.kind === 'database' && d.name === name)) continue;
      const detail = o.kind === 'Database' ? `database ${o.spec?.name ?? name} in CloudNativePG cluster ${o.spec?.cluster?.name ?? '?'}` : 'CloudNativePG cluster';
      more.push({ kind: 'database', name, detail, file });
    }
  }
  return more;
}

/**
 * Renders the removal of a service the way its profile registers it: the files of its
 * folder, its line in the kustomization that lists it (or its Argo CD Application and
 * that Application's line), the Vault role and policy only it uses, its Talos PodSecurity
 * exemption with the Makefile line, and its volumes and databases unless `keepData`
 * (then the files that define them, its namespace and the folder's kustomization stay,
 * listing only them). Lists everything removed and, when data goes, a warning.
 * An unknown service is a `NotFoundError`; a file it shares with another service, or
 * (keeping data) a file that mixes data with other objects, an `InputError`. Nothing is
 * written: the result is a change set.
 *
 * @public
 */
export function renderDecommission(
  profile: string,
  tree: FileTree,
  request: DecommissionRequest,
  options: DecommissionOptions = {},
): DecommissionResult {
  const { app, keepData } = parseDecommissionRequest(request);
  const vault: VaultLayout = { rolesDir: 'vault/kubernetes-auth-roles', policiesDir: 'vault/policy', ...options.vault };
  const talos: TalosLayout = { patchesDir: 'talos/patches', makefile: 'Makefile', ...options.talos };
  const model = readServices(tree, profile);
  const service = findService(model, app);
  const candidates = filesOfService(tree, model, service);
  const known = dataOf(service, new Set(candidates));
  const data = [...known, ...moreDatabases(tree, candidates, known)];

  const kept = new Set<string>();
  const keptItems: DecommissionItem[] = [];
  if (keepData) {
    const bundled = service.databases.filter(d => d.bundled);
    if (bundled.length) {
      throw new InputError(
        `${app}'s database ${bundled.map(d => d.name).join(', ')} is bundled in its chart and goes with the release: it cannot be kept`,
      );
    }
    for (const file of candidates.filter(isYamlPath)) {
      const objects = objectsOf(tree.read(file));
      const dataObjects = objects.filter(isDataObject);
      if (objects.length && objects.every(isDataHome)) {
        kept.add(file);
        keptItems.push({ file, what: objects.map(describe).join(', ') });
        continue;
      }
      if (!dataObjects.length) continue;
      const others = objects.filter(o => !isDataObject(o) && !isDataHome(o));
      if (others.length) {
        throw new InputError(
          `${file} holds data (${dataObjects.map(describe).join(', ')}) and other objects (${others.map(describe).join(', ')}): split the file to keep the data, or remove the data too`,
        );
      }
      kept.add(file);
      keptItems.push({ file, what: dataObjects.map(describe).join(', ') });
    }
    // The kustomizations that list the kept files stay, listing only them.
    for (const file of candidates) {
      if (/(^|\/)kustomization\.ya?ml$/.test(file) && [...kept].some(k => k.startsWith(file.slice(0, file.lastIndexOf('/') + 1)))) {
        kept.add(file);
        keptItems.push({ file, what: 'kustomization of the kept data' });
      }
    }
    if (![...kept].some(f => objectsOf(tree.read(f)).some(isDataObject))) {
      // Nothing to keep: no namespace or kustomization stays for nothing.
      kept.clear();
      keptItems.length = 0;
    }
  }

  const builder = new ChangeSetBuilder(tree);
  const deleted = new Set(candidates.filter(f => !kept.has(f)));
  const removed: DecommissionItem[] = [];
  for (const file of deleted) {
    builder.delete(file);
    const objects = isYamlPath(file) ? objectsOf(tree.read(file)) : [];
    removed.push({ file, what: objects.length ? objects.map(describe).join(', ') : 'file' });
  }
  const stepsFile = options.stepsFile ?? stepsFilePath({}, app);
  if (tree.read(stepsFile) !== undefined) {
    builder.delete(stepsFile);
    removed.push({ file: stepsFile, what: `manual steps recorded for ${app}` });
  }
  const emptied = emptiedFolders(tree, deleted);
  for (const entry of removeRegistrations(tree, builder, deleted, emptied)) {
    removed.push({ file: entry.file, what: `${entry.list} entry ${entry.entry}` });
  }
  for (const file of removeVaultFiles(tree, builder, [...deleted], deleted, vault)) {
    removed.push({ file: file.file, what: `Vault ${file.what} ${file.name}` });
  }
  const namespace = service.namespace;
  const shared = namespace && model.services.some(s => s !== service && s.namespace === namespace);
  const talosEdits = namespace && !shared ? removeTalosExemption(tree, builder, namespace, talos) : [];
  for (const edit of talosEdits) removed.push({ file: edit.file, what: edit.what === 'makefile-line' ? `line ${edit.detail}` : edit.detail });

  for (const host of service.hosts.filter(h => deleted.has(h.file))) {
    builder.step({
      id: `dns:${host.host}`,
      app,
      owner: 'operator',
      title: `Remove the DNS record of ${host.host}`,
      detail: `Nothing serves ${host.host} once the change is merged: delete its record (and its certificate's, if kept outside the cluster).`,
      check: { kind: 'manual', how: `dig +short ${host.host} answers nothing.` },
    });
  }
  const readElsewhere = new Set(
    model.services.filter(s => s !== service).flatMap(s => s.secrets.map(x => `${x.store ?? ''}/${x.path ?? ''}`)),
  );
  const ownSecrets = service.secrets.filter(
    s => s.path && deleted.has(s.file) && !readElsewhere.has(`${s.store ?? ''}/${s.path}`),
  );
  for (const secret of ownSecrets) {
    const where = secret.store ? `${secret.store}/${secret.path}` : secret.path!;
    builder.step({
      id: `secret:${where}`,
      app,
      owner: 'operator',
      title: `Delete the secret values at ${where}`,
      detail: `Nothing reads ${where} after the change (${secret.kind} ${secret.name}): delete it from the secret store.`,
      check: { kind: 'manual', how: `The secret store has no entry at ${where}.` },
    });
  }
  if (talosEdits.some(e => e.what !== 'makefile-line')) {
    builder.step({
      id: `talos:${namespace}`,
      app,
      owner: 'operator',
      title: 'Apply the Talos machine config',
      detail: `The PodSecurity exemption of namespace ${namespace} is removed from git; the control plane keeps it until the machine config is generated and applied again.`,
      check: { kind: 'manual', how: `talosctl get machineconfig no longer lists namespace ${namespace} among the PodSecurity exemptions.` },
    });
  }
  const deletesData = !keepData && data.length > 0;
  if (deletesData) {
    builder.step({
      id: `data:${app}`,
      app,
      owner: 'operator',
      title: `Back up ${app}'s data before merging`,
      detail: `Merging deletes ${data.map(d => `${d.kind} ${d.name}`).join(', ')} from the cluster.`,
      check: { kind: 'manual', how: `A restore of the backup of ${data.map(d => d.name).join(', ')} was tried and holds the data.` },
    });
  }
  const warning = deletesData
    ? `This deletes ${app}'s data: ${data.map(d => `${d.kind} ${d.name} (${d.detail})`).join(', ')}. Once the change is merged the GitOps engine prunes them and the data is gone unless it is backed up. Choose "keep data" to keep them.`
    : undefined;
  return {
    changeSet: builder.build(profile),
    removed,
    kept: keptItems,
    data,
    deletesData,
    warning,
  };
}

/**
 * A decommission in Markdown, for the preview and the pull request: the warning when
 * data goes, everything removed, what is kept.
 *
 * @public
 */
export function formatDecommission(result: DecommissionResult): string {
  const lines: string[] = [];
  if (result.warning) lines.push(`> **Warning: data is deleted.** ${result.warning}`, '');
  lines.push('Removed:', ...result.removed.map(r => `- \`${r.file}\`: ${r.what}`));
  if (result.kept.length) lines.push('', 'Kept (data):', ...result.kept.map(k => `- \`${k.file}\`: ${k.what}`));
  return `${lines.join('\n')}\n`;
}
