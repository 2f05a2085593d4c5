import { parseAllDocuments } from 'yaml';
import { FileTree } from '../../tree/FileTree';
import { FluxAppChartOptions } from './options';

function isYaml(path: string): boolean {
  return /\.ya?ml$/.test(path);
}

/** Parsed documents of a file; none if it does not parse (the linter reports those). */
function documents(text: string): unknown[] {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return [];
  return docs.filter(d => d.errors.length === 0).map(d => d.toJS() as unknown);
}

/** Every host a HelmRelease under the apps folder already lists, with its file. */
export function hostsInUse(
  o: FluxAppChartOptions,
  tree: FileTree,
): Map<string, string> {
  const inUse = new Map<string, string>();
  const prefix = `${o.appsDir}/`;
  for (const path of tree.paths()) {
    if (!path.startsWith(prefix) || !isYaml(path)) continue;
    for (const doc of documents(tree.read(path) ?? '')) {
      const release = doc as {
        kind?: unknown;
        spec?: { values?: { hosts?: unknown } };
      } | null;
      if (release?.kind !== 'HelmRelease') continue;
      const hosts = release.spec?.values?.hosts;
      if (!Array.isArray(hosts)) continue;
      for (const host of hosts) {
        if (typeof host === 'string' && !inUse.has(host)) inUse.set(host, path);
      }
    }
  }
  return inUse;
}

/**
 * Namespaces the infrastructure folder defines, with their file: an app may not take
 * one, since the chart creates (and on removal deletes) a namespace named after the app.
 */
export function infrastructureNamespaces(
  o: FluxAppChartOptions,
  tree: FileTree,
): Map<string, string> {
  const found = new Map<string, string>();
  const prefix = `${o.infrastructureDir}/`;
  for (const path of tree.paths()) {
    if (!path.startsWith(prefix) || !isYaml(path)) continue;
    for (const doc of documents(tree.read(path) ?? '')) {
      const object = doc as {
        kind?: unknown;
        metadata?: { name?: unknown };
      } | null;
      if (
        object?.kind === 'Namespace' &&
        typeof object.metadata?.name === 'string'
      ) {
        if (!found.has(object.metadata.name))
          found.set(object.metadata.name, path);
      }
    }
  }
  return found;
}
