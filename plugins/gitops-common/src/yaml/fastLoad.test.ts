import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { LineCounter, parseAllDocuments } from 'yaml';
import { corpusAndDemoYamlFiles } from '../testUtils/yamlFiles';
import { fastLoadAll } from './fastLoad';

/** What the `yaml` package reads: the values and first-content lines of the documents. */
function yamlRead(text: string) {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { uniqueKeys: false, lineCounter });
  return (Array.isArray(docs) ? docs : []).map(doc => ({
    value: doc.errors.length ? 'error' : doc.toJS() ?? null,
    line: lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line,
  }));
}

describe('fastLoadAll', () => {
  it('resolves plain scalars as YAML 1.2 core, as the yaml package does', () => {
    const text = [
      'yes: yes',
      'on: on',
      'no: No',
      'octal: 012',
      'octal12: 0o14',
      'hex: 0x1F',
      'signedHex: -0x1F',
      'binary: 0b101',
      'under: 1_000',
      'date: 2024-01-02',
      'time: 2001-12-14t21:59:43.10-05:00',
      'float: 1.50',
      'exp: 1e3',
      'dot: .5',
      'inf: -.Inf',
      'sexagesimal: 1:20',
      'nulls: [~, null, Null, NULL, ""]',
      'bools: [true, True, TRUE, false, FALSE, tRUE]',
      'version: 1.20',
      'quoted: "012"',
      'empty:',
    ].join('\n');
    const expected = {
      yes: 'yes',
      on: 'on',
      no: 'No',
      octal: 12,
      octal12: 12,
      hex: 31,
      signedHex: '-0x1F',
      binary: '0b101',
      under: '1_000',
      date: '2024-01-02',
      time: '2001-12-14t21:59:43.10-05:00',
      float: 1.5,
      exp: 1000,
      dot: 0.5,
      inf: -Infinity,
      sexagesimal: '1:20',
      nulls: [null, null, null, null, ''],
      bools: [true, true, true, false, false, 'tRUE'],
      version: 1.2,
      quoted: '012',
      empty: null,
    };
    expect(fastLoadAll(text)).toEqual([{ value: expected, line: 1 }]);
    expect(yamlRead(text)).toEqual([{ value: expected, line: 1 }]);
  });

  it('gives each document the line of its first content', () => {
    const text = [
      '# header',
      '---',
      '# about a',
      'a: 1',
      '---',
      '---',
      '',
      '  b:',
      '    - 2',
      '--- c',
      '...',
    ].join('\n');
    const expected = [
      { value: { a: 1 }, line: 4 },
      { value: null, line: 6 },
      { value: { b: [2] }, line: 8 },
      { value: 'c', line: 10 },
    ];
    expect(fastLoadAll(text)).toEqual(expected);
    expect(yamlRead(text).map(d => d.value)).toEqual(expected.map(d => d.value));
    expect(yamlRead(text).filter(d => d.value).map(d => d.line)).toEqual([4, 8, 10]);
  });

  it('reads quoted template braces', () => {
    expect(fastLoadAll("text: '{{ get .Secrets \"id\" }}'\n")).toEqual([
      { value: { text: '{{ get .Secrets "id" }}' }, line: 1 },
    ]);
  });

  it('reads an empty stream as no documents, a comment as an empty one', () => {
    expect(fastLoadAll('')).toEqual([]);
    expect(fastLoadAll('# only a comment\n')).toEqual([{ value: null, line: 2 }]);
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'base: &b {x: 1}\nc:\n  <<: *b\n'],
    ['a duplicate anchor', 'a: &x 1\nb: &x 2\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['template braces', 'name: {{ .Release.Name }}\n'],
    ['a flow sequence key', '[a, b]: 1\n'],
    ['a flow mapping key', '{a: 1}: 2\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a null key', '~: 1\n'],
    ['an unknown tag', 'a: !vault secret/x\n'],
    ['a timestamp tag', 'a: !!timestamp 2024-01-01\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
  ])('leaves %s to the yaml package', (_, text) => {
    expect(fastLoadAll(text)).toBeUndefined();
  });

  it('reads every YAML file of the corpus and the demo exactly as the yaml package', () => {
    const files = corpusAndDemoYamlFiles();
    const differing: string[] = [];
    let fast = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const docs = fastLoadAll(text);
      if (!docs) continue;
      fast++;
      const numbered = (list: { value: unknown; line: number }[]) =>
        list.map((d, index) => ({ index, ...d })).filter(d => d.value !== null);
      if (!isDeepStrictEqual(numbered(docs), numbered(yamlRead(text))))
        differing.push(file);
    }
    expect(differing).toEqual([]);
    expect(files.length).toBeGreaterThan(1300);
    expect(fast).toBeGreaterThan(files.length * 0.8);
  });

  it('keeps values equal to the plain read, with one copy of each string across files', () => {
    const table = new Map<string, string>();
    const files = corpusAndDemoYamlFiles().slice(0, 200);
    const strings = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    let kept = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const docs = fastLoadAll(text, { keep: table });
      if (!docs) continue;
      kept++;
      expect(docs).toEqual(fastLoadAll(text));
      docs.forEach(doc => collect(doc.value));
    }
    expect(kept).toBeGreaterThan(100);
    // Every string of the kept values is in the table, and only those.
    expect([...table.keys()].sort()).toEqual([...strings].sort());
    expect([...table].every(([key, value]) => key === value)).toBe(true);
  });
});
