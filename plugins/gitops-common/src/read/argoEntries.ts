import { parse } from 'yaml';
import {
  argoAppsObjects,
  argoAppsValuesFiles,
  ARGOCD_APPS_CHART,
} from './argoAppsValues';
import { ArgoHelmSource, Entry } from './entries';
import { templatedApplications } from './templatedApplications';
import {
  arr,
  at,
  isArgoApplication,
  isArgoApplicationSet,
  K8sObject,
  rec,
  str,
} from './objects';
import { baseName, joinPath, normalizePath } from './repoPaths';
import { LocatedObject, RepoIndex } from './repoIndex';
import { ReadWarning } from './types';
import { isRecord } from './yamlFile';

function isFolder(index: RepoIndex, path: string): boolean {
  return path === '' || index.dirFiles.has(path) || index.dirChildren.has(path);
}

function inlineValues(
  helm: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (isRecord(helm.valuesObject)) return helm.valuesObject;
  if (isRecord(helm.values)) return helm.values;
  if (typeof helm.values === 'string') {
    try {
      const parsed = parse(helm.values, {
        uniqueKeys: false,
        logLevel: 'error',
      });
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Resolves Argo CD `valueFiles`: `$ref/path` against a ref source, otherwise relative to the chart folder. */
function valueFiles(
  helm: Record<string, unknown>,
  chartDir: string | undefined,
  refs: Set<string>,
): string[] {
  const files: string[] = [];
  for (const file of arr(helm, 'valueFiles')) {
    if (typeof file !== 'string') continue;
    const ref = /^\$([A-Za-z0-9_-]+)\/(.*)$/.exec(file);
    let path: string | undefined;
    if (ref) path = refs.has(ref[1]) ? normalizePath(ref[2]) : undefined;
    else if (chartDir !== undefined) path = joinPath(chartDir, file);
    if (path !== undefined) files.push(path);
  }
  return files;
}

/** An Application (or an ApplicationSet's rendered template) as an {@link Entry}. */
function applicationEntry(
  index: RepoIndex,
  object: K8sObject | Record<string, unknown>,
  located: LocatedObject,
  key: string,
  warnings: ReadWarning[],
): Entry {
  const name = str(object, 'metadata', 'name') ?? '';
  const spec = rec(object, 'spec');
  let sources: unknown[] = [];
  if (Array.isArray(spec.sources)) sources = spec.sources;
  else if (isRecord(spec.source)) sources = [spec.source];
  const refs = new Set<string>();
  for (const source of sources) {
    const ref = str(source, 'ref');
    if (ref) refs.add(ref);
  }
  const entry: Entry = {
    key,
    engine: 'argocd',
    kind: 'Application',
    name,
    namespace: str(object, 'metadata', 'namespace'),
    file: located.file,
    line: located.line,
    roots: [],
    components: [],
    defaultNamespace: str(spec, 'destination', 'namespace'),
    vars: {},
    recurse: false,
    helmSources: [],
  };
  for (const source of sources) {
    if (!isRecord(source)) continue;
    const helm = rec(source, 'helm');
    const chart = str(source, 'chart');
    const path = str(source, 'path');
    if (chart) {
      entry.helmSources.push(helmSource(chart, source, helm, undefined, refs));
    } else if (path !== undefined) {
      const dir = normalizePath(path);
      if (dir === undefined || !isFolder(index, dir)) {
        warnings.push({
          file: located.file,
          message: `Application '${name}': path '${path}' is not in this repository`,
        });
        continue;
      }
      const localChart = index.charts.find(c => c.dir === dir);
      if (localChart) {
        entry.helmSources.push(
          helmSource(
            localChart.name,
            source,
            helm,
            dir,
            refs,
            localChart.version,
          ),
        );
      } else {
        entry.roots.push(dir);
        if (at(source, 'directory', 'recurse') === true) entry.recurse = true;
      }
    }
  }
  return entry;
}

function helmSource(
  chart: string,
  source: Record<string, unknown>,
  helm: Record<string, unknown>,
  localPath: string | undefined,
  refs: Set<string>,
  localVersion?: string,
): ArgoHelmSource {
  return {
    chart,
    repoURL: str(source, 'repoURL'),
    targetRevision:
      localPath !== undefined ? localVersion : str(source, 'targetRevision'),
    releaseName: str(helm, 'releaseName'),
    valueFiles: valueFiles(helm, localPath, refs),
    values: inlineValues(helm),
    localPath,
  };
}

/** Folders matching an ApplicationSet git directory glob (`*` one segment, `**` any). */
function matchDirectories(index: RepoIndex, glob: string): string[] {
  const pattern = normalizePath(glob) ?? glob;
  const regex = new RegExp(
    `^${pattern
      .split('/')
      .map(part =>
        part === '**'
          ? '.*'
          : part
              .replace(/[.+^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
      )
      .join('/')}$`,
  );
  const dirs = new Set<string>([
    ...index.dirFiles.keys(),
    ...index.dirChildren.keys(),
  ]);
  return [...dirs].filter(d => d !== '' && regex.test(d)).sort();
}

function directoryParams(dir: string): Record<string, string> {
  const segments = dir.split('/');
  const params: Record<string, string> = {
    path: dir,
    'path.path': dir,
    'path.basename': baseName(dir),
    'path.basenameNormalized': baseName(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-'),
  };
  segments.forEach((segment, i) => {
    params[`path[${i}]`] = segment;
    params[`path.segments[${i}]`] = segment;
    params[`index .path.segments ${i}`] = segment;
  });
  return params;
}

/** Renders `{{param}}` / `{{ .param }}` placeholders of an ApplicationSet template. */
function renderTemplate(
  value: unknown,
  params: Record<string, string>,
): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\{\{-?\s*\.?([^{}]+?)\s*-?\}\}/g,
      (whole, key: string) => params[key.trim()] ?? whole,
    );
  }
  if (Array.isArray(value)) return value.map(v => renderTemplate(v, params));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = renderTemplate(v, params);
    return out;
  }
  return value;
}

function flatten(value: unknown, prefix: string, out: Record<string, string>) {
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (
    value !== undefined &&
    value !== null &&
    typeof value !== 'object'
  ) {
    out[prefix] = String(value);
  }
}

/** The parameter sets of an ApplicationSet's git-directory and list generators. */
function generatorParams(
  index: RepoIndex,
  located: LocatedObject,
  warnings: ReadWarning[],
): Record<string, string>[] {
  const sets: Record<string, string>[] = [];
  for (const generator of arr(located.object, 'spec', 'generators')) {
    if (!isRecord(generator)) continue;
    if (isRecord(generator.git) && Array.isArray(generator.git.directories)) {
      const included = new Set<string>();
      const excluded = new Set<string>();
      for (const directory of generator.git.directories) {
        const path = str(directory, 'path');
        if (!path) continue;
        for (const dir of matchDirectories(index, path)) {
          (at(directory, 'exclude') === true ? excluded : included).add(dir);
        }
      }
      for (const dir of [...included].sort())
        if (!excluded.has(dir)) sets.push(directoryParams(dir));
    } else if (isRecord(generator.list)) {
      for (const element of arr(generator.list, 'elements')) {
        const params: Record<string, string> = {};
        flatten(element, '', params);
        sets.push(params);
      }
    } else {
      warnings.push({
        file: located.file,
        message: `ApplicationSet '${
          located.object.metadata.name ?? ''
        }': generator ${Object.keys(generator).join(
          ', ',
        )} is not read (git directories and list are)`,
      });
    }
  }
  return sets;
}

/** The entries of one Application, or of every Application an ApplicationSet generates. */
function objectEntries(
  index: RepoIndex,
  located: LocatedObject,
  warnings: ReadWarning[],
): Entry[] {
  const { object } = located;
  const key = `${located.file}#${located.docIndex}`;
  if (isArgoApplication(object))
    return [applicationEntry(index, object, located, key, warnings)];
  if (!isArgoApplicationSet(object)) return [];
  const template = rec(object, 'spec', 'template');
  return generatorParams(index, located, warnings).map((params, n) => ({
    ...applicationEntry(
      index,
      renderTemplate(template, params) as Record<string, unknown>,
      located,
      `${key}#${n}`,
      warnings,
    ),
    generatedBy: object.metadata.name ?? '',
  }));
}

/**
 * Applications and ApplicationSets of `argocd-apps` chart values. The files an
 * `argocd-apps` Application of the repository reads are followed (also when that
 * Application is itself an item of those values, as a self-managed bootstrap is);
 * when none reads them, the chart was installed from outside and every such file is read.
 */
function argoAppsEntries(
  index: RepoIndex,
  entries: Entry[],
  warnings: ReadWarning[],
): Entry[] {
  const candidates = new Set(argoAppsValuesFiles(index));
  if (!candidates.size) return [];
  const referencedBy = (list: Entry[]) =>
    list.flatMap(e =>
      e.helmSources
        .filter(s => s.chart === ARGOCD_APPS_CHART)
        .flatMap(s => s.valueFiles.filter(f => candidates.has(f))),
    );
  let files = new Set(referencedBy(entries));
  if (!files.size) {
    const all = [...candidates].flatMap(file =>
      argoAppsObjects(index, file).flatMap(o => objectEntries(index, o, [])),
    );
    const self = referencedBy(all);
    files = new Set(self.length ? self : candidates);
  }
  const out: Entry[] = [];
  const done = new Set<string>();
  for (let queue = [...files]; queue.length; ) {
    const file = queue.shift()!;
    if (done.has(file)) continue;
    done.add(file);
    const found = argoAppsObjects(index, file).flatMap(o =>
      objectEntries(index, o, warnings),
    );
    out.push(...found);
    queue.push(...referencedBy(found).filter(f => !done.has(f)));
  }
  return out;
}

/** Every Argo CD Application, and every Application an ApplicationSet generates, as entries. */
export function argoEntries(
  index: RepoIndex,
  warnings: ReadWarning[],
): Entry[] {
  const entries = [...index.objects, ...templatedApplications(index)].flatMap(
    located => objectEntries(index, located, warnings),
  );
  return [...entries, ...argoAppsEntries(index, entries, warnings)];
}
