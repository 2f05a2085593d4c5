import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A schema file with the kinds and API groups its text mentions (a cheap pre-filter). */
export interface SchemaFile {
  path: string;
  /** Path relative to the schema folder, `/`-separated. */
  relativePath: string;
  /** Folder depth below the schema folder (0 = top level). */
  depth: number;
  size: number;
  format: 'json' | 'yaml';
  kinds: Set<string>;
  groups: Set<string>;
}

// `kind: Foo`, `"kind": "Foo"`, `group: foo.io`, `"group": ""` wherever they appear. Over-matching
// (descriptions, examples) only costs a parse; CRDs and OpenAPI documents always have these lines.
const KIND_RE = /\bkind"?[ \t]*:[ \t]*["']?([A-Za-z][A-Za-z0-9]*)/g;
const GROUP_RE = /\bgroup"?[ \t]*:[ \t]*["']?([a-z0-9.-]*)/g;

async function listFiles(
  dir: string,
  root: string,
  exclude: Set<string>,
): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async entry => {
      if (entry.name.startsWith('.')) return [];
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (exclude.has(rel)) return [];
      if (entry.isDirectory()) return listFiles(full, root, exclude);
      return /\.(json|ya?ml)$/i.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

/** Lists the schema files of a folder (recursively) and indexes the kinds and groups they mention. */
export async function scanSchemaFiles(
  root: string,
  exclude: string[] = [],
): Promise<SchemaFile[]> {
  const excluded = new Set(exclude.map(e => e.replace(/^\.?\/+|\/+$/g, '')));
  const files = await listFiles(root, root, excluded);
  const scanned = await Promise.all(
    files.map(async (file): Promise<SchemaFile> => {
      const text = await fs.readFile(file, 'utf8');
      const relativePath = path.relative(root, file).split(path.sep).join('/');
      return {
        path: file,
        relativePath,
        depth: relativePath.split('/').length - 1,
        size: text.length,
        format: file.toLowerCase().endsWith('.json') ? 'json' : 'yaml',
        kinds: new Set(Array.from(text.matchAll(KIND_RE), m => m[1])),
        groups: new Set(Array.from(text.matchAll(GROUP_RE), m => m[1])),
      };
    }),
  );
  return scanned.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
