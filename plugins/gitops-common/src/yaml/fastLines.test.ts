import fs from 'node:fs';
import { LineCounter, parseAllDocuments } from 'yaml';
import { LazyDocuments } from '../lint/lazyDocuments';
import { YamlDoc } from '../lint/repoIndex';
import { corpusAndDemoYamlFiles } from '../testUtils/yamlFiles';
import { fastLines, hasAt, lineAt } from './fastLines';
import { fastLoadAll } from './fastLoad';

type Path = (string | number)[];

/** Every path into a value, plus a missing key or index below each collection. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
    out.push([...prefix, value.length]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
    out.push([...prefix, 'not-a-key', 'below']);
  }
  return out;
}

/** The lines the yaml package gives, through the lint's own YamlDoc. */
function yamlLines(file: string, text: string): Map<number, YamlDoc> {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true });
  const source = LazyDocuments.of(text, Array.isArray(docs) ? docs : [], lineCounter);
  const out = new Map<number, YamlDoc>();
  (Array.isArray(docs) ? docs : []).forEach((doc, i) => out.set(i, new YamlDoc(file, i, source, doc.toJS())));
  return out;
}

describe('fastLines', () => {
  it('finds keys, items and the deepest existing node', () => {
    const text = ['a:', '  b:', '    - x', '    -', '      c: 1', '    - [y, z]', 'd: {e: 2,', '  f: 3}', '---', '- 1'].join('\n');
    const [first, second] = fastLines(text)!;
    expect(lineAt(first!, [])).toBe(1);
    expect(lineAt(first!, ['a'])).toBe(1);
    expect(lineAt(first!, ['a', 'b'])).toBe(2);
    expect(lineAt(first!, ['a', 'b', 0])).toBe(3);
    expect(lineAt(first!, ['a', 'b', 1])).toBe(5);
    expect(lineAt(first!, ['a', 'b', 1, 'c'])).toBe(5);
    expect(lineAt(first!, ['a', 'b', 2, 1])).toBe(6);
    expect(lineAt(first!, ['a', 'b', 9])).toBe(2);
    expect(lineAt(first!, ['d', 'f'])).toBe(8);
    expect(lineAt(first!, ['missing'])).toBe(1);
    expect(lineAt(second!, [0])).toBe(10);
    expect(hasAt(first!, ['a', 'b', 1, 'c'])).toBe(true);
    expect(hasAt(first!, ['a', 'b', 3])).toBe(false);
    expect(hasAt(first!, ['a', 'b', 'c'])).toBe(false);
  });

  it('gives the lines the yaml package gives, for every node of every corpus and demo file', () => {
    const files = corpusAndDemoYamlFiles();
    const differing: string[] = [];
    let checked = 0;
    let answered = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const docs = fastLoadAll(text);
      if (!docs) continue;
      const lines = fastLines(text);
      const reference = yamlLines(file, text);
      for (const [i, doc] of docs.entries()) {
        if (doc.value === null) continue;
        const root = lines?.[i];
        for (const p of pathsOf(doc.value)) {
          checked++;
          // `undefined`: the caller asks the yaml package.
          const has = root && hasAt(root, p);
          const line = root && lineAt(root, p);
          if (has === undefined || line === undefined) continue;
          answered++;
          if (has !== reference.get(i)!.has(p)) {
            differing.push(`${file} #${i} ${p.join('.')}: has ${has}`);
            break;
          }
          if (line !== reference.get(i)!.line(p)) {
            differing.push(`${file} #${i} ${p.join('.')}: ${line} vs ${reference.get(i)!.line(p)}`);
            break;
          }
        }
      }
    }
    expect(differing.slice(0, 10)).toEqual([]);
    expect(answered).toBeGreaterThan(checked * 0.9);
  });
});
