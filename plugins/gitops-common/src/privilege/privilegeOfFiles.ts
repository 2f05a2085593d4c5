import { parseAllDocuments } from 'yaml';
import { chartsOfObject } from './chartsOfObject';
import { DEFAULT_HOST_ACCESS_CHARTS } from './hostAccessCharts';
import { scanValue } from './scanValue';
import { PrivilegeFinding } from './types';

/** @public */
export interface PrivilegeOptions {
  /** Chart names that need host access by default. Defaults to {@link DEFAULT_HOST_ACCESS_CHARTS}. */
  hostAccessCharts?: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function label(object: Record<string, unknown>): string {
  const name = isRecord(object.metadata) ? str(object.metadata.name) : undefined;
  const kind = str(object.kind);
  return [kind ?? 'object', name].filter(Boolean).join(' ');
}

/** Where the workloads of an object run: a HelmRelease's target namespace, an Application's destination. */
function namespaceOf(object: Record<string, unknown>): string | undefined {
  const spec = isRecord(object.spec) ? object.spec : {};
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  if (object.kind === 'HelmRelease') return str(spec.targetNamespace) ?? str(metadata.namespace);
  if (object.kind === 'Application' && isRecord(spec.destination)) return str(spec.destination.namespace);
  if (object.kind === 'Namespace') return str(metadata.name);
  return str(metadata.namespace);
}

function objectsOf(content: string): Record<string, unknown>[] {
  try {
    return parseAllDocuments(content)
      .filter(d => !('empty' in d))
      .flatMap(d => {
        try {
          const value = d.toJS({ maxAliasCount: 100 });
          if (Array.isArray(value)) return value.filter(isRecord);
          return isRecord(value) ? [value] : [];
        } catch {
          return [];
        }
      });
  } catch {
    return [];
  }
}

/**
 * The one privilege check of Homeport: every setting in `files` (whole repository files,
 * as a change set writes them or a checkout holds them) that needs host access or a GPU,
 * whichever way it got there: objects rendered from specs, Helm values of a HelmRelease
 * or an Argo CD Application (also as embedded YAML, also `"true"` as a string), raw
 * manifests of any kind, and charts that need host access by default.
 *
 * @public
 */
export function privilegeOfFiles(
  files: readonly { path: string; content: string }[],
  options: PrivilegeOptions = {},
): PrivilegeFinding[] {
  const charts = new Set((options.hostAccessCharts ?? DEFAULT_HOST_ACCESS_CHARTS).map(c => c.toLowerCase()));
  const out: PrivilegeFinding[] = [];
  for (const file of files) {
    for (const object of objectsOf(file.content)) {
      const base = { file: file.path, object: label(object), namespace: namespaceOf(object) };
      for (const hit of scanValue(object)) out.push({ ...base, what: hit.what, level: hit.level });
      for (const { path, chart } of chartsOfObject(object)) {
        if (charts.has(chart)) {
          out.push({ ...base, what: `${path} installs the chart ${chart}, which needs host access by default`, level: 'privileged' });
        }
      }
    }
  }
  return out;
}

/**
 * What a change adds: the findings of each file's new text that its previous text
 * (`previous`, for a modified file) did not have already. Adding a secret to an app that
 * was privileged before is not a new privilege.
 *
 * @public
 */
export function privilegeOfChanges(
  files: readonly { path: string; content: string; previous?: string }[],
  options: PrivilegeOptions = {},
): PrivilegeFinding[] {
  return files.flatMap(file => {
    const after = privilegeOfFiles([file], options);
    if (file.previous === undefined) return after;
    const key = (f: PrivilegeFinding) => `${f.object}\0${f.namespace}\0${f.what}`;
    const before = new Set(privilegeOfFiles([{ path: file.path, content: file.previous }], options).map(key));
    return after.filter(f => !before.has(key(f)));
  });
}
