import { isMap, parseAllDocuments } from 'yaml';
import { ServiceModel } from '../../read/types';
import { FileTree } from '../../tree/FileTree';
import { dirOf } from '../../tree/paths';
import { YamlObject } from '../../yaml/documents';
import { releaseValues } from '../fluxHelm/names';

/** One parsed document of a file, with its `yaml-language-server` schema comment. */
export interface ParsedDoc {
  object: YamlObject;
  schema?: string;
}

const SCHEMA = /yaml-language-server:\s*\$schema=(\S+)/;

/** The documents of a file that parse as mappings; a broken file gives none. */
export function parsedDocs(tree: FileTree, path: string): ParsedDoc[] {
  const text = tree.read(path);
  if (text === undefined) return [];
  const out: ParsedDoc[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
    if (doc.errors.length || !isMap(doc.contents)) continue;
    try {
      const object = doc.toJS({ maxAliasCount: -1 }) as YamlObject;
      const comment = `${doc.commentBefore ?? ''}\n${doc.contents.commentBefore ?? ''}`;
      out.push({ object, schema: SCHEMA.exec(comment)?.[1] });
    } catch {
      // Anchors the reader tolerates but toJS refuses: the file gives no evidence.
    }
  }
  return out;
}

/** What one existing app-template app shows about the repository's conventions. */
export interface AppFacts {
  /** The app's folder name. */
  app: string;
  service: ServiceModel;
  namespace: string;
  folder: string;
  releaseFile: string;
  release: YamlObject;
  /** The release's `spec.values`. */
  values: YamlObject;
  /** Every file of the app's folder, parsed. */
  docs: Map<string, ParsedDoc[]>;
}

const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as YamlObject)[k] : undefined), o);

export { get as getPath };

/**
 * The apps whose main workload is a HelmRelease of `chart` (app-template) defined in
 * their own folder: the siblings a new app is written like.
 */
export function appTemplateApps(tree: FileTree, services: ServiceModel[], chart: string): AppFacts[] {
  const out: AppFacts[] = [];
  for (const service of services) {
    const release = service.workloads.find(
      w => w.kind === 'HelmRelease' && w.chart?.name === chart && (w.file === service.folder || w.file.startsWith(`${service.folder}/`)),
    );
    if (!release || service.engine !== 'flux') continue;
    const docs = new Map<string, ParsedDoc[]>();
    for (const path of tree.paths()) {
      if (path.startsWith(`${service.folder}/`) && /\.ya?ml$/.test(path)) docs.set(path, parsedDocs(tree, path));
    }
    const object = docs
      .get(release.file)
      ?.find(d => d.object.kind === 'HelmRelease' && get(d.object, 'metadata', 'name') === release.name)?.object;
    if (!object) continue;
    const app = service.folder.split('/').pop()!;
    out.push({
      app,
      service,
      namespace: service.namespace ?? release.namespace ?? 'default',
      folder: service.folder,
      releaseFile: release.file,
      release: object,
      values: releaseValues(object),
      docs,
    });
  }
  return out;
}

/** The folder of a file relative to the app folder (`app`, or `''`). */
export function manifestsDirOf(facts: AppFacts): string {
  const dir = dirOf(facts.releaseFile);
  return dir === facts.folder ? '' : dir.slice(facts.folder.length + 1);
}

/** A name with the app's name turned into `{app}`. */
export function templated(name: string, app: string): string {
  return name.split(app).join('{app}');
}
