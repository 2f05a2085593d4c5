/* The floor of reading a repository: its files and a YAML parse of each, with both
 * parsers the code base has, in the same run; the floor is the read plus the faster. */
import { loadAll } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { FileTree } from '@homeport/plugin-gitops-common';

export interface Floor {
  /** Milliseconds to parse every YAML file with js-yaml's loadAll. */
  jsYaml: number;
  /** Milliseconds with the yaml package's parseAllDocuments + toJS. */
  yaml: number;
  docs: number;
  bytes: number;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Parses every YAML file of `tree` with each parser (a file js-yaml refuses counts its time). */
export function parseFloor(tree: FileTree): Floor {
  const texts = tree.paths().filter(p => /\.ya?ml$/.test(p)).map(p => tree.read(p)!);
  let docs = 0;
  let start = process.hrtime.bigint();
  for (const text of texts) {
    try {
      docs += loadAll(text).filter(d => d !== null && d !== undefined).length;
    } catch {
      // counted in the time all the same
    }
  }
  const jsYaml = ms(start);
  start = process.hrtime.bigint();
  for (const text of texts) for (const d of parseAllDocuments(text)) d.toJS();
  const yaml = ms(start);
  return { jsYaml, yaml, docs, bytes: texts.reduce((n, t) => n + t.length, 0) };
}
