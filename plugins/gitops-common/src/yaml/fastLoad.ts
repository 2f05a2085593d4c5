import { FAILSAFE_SCHEMA, loadAll, State, Type } from 'js-yaml';
import { isScalar, ScalarTag, Schema } from 'yaml';

/** One document of a stream read by {@link fastLoadAll}. */
export interface FastDoc {
  /** The document as plain data (`null` for an empty document). */
  value: unknown;
  /** 1-based line of the document's first content. */
  line: number;
}

const CORE = 'tag:yaml.org,2002:';

/** The implicit scalar tags of the `yaml` package's YAML 1.2 core schema (its default). */
const coreTags = new Schema({ schema: 'core' }).tags.filter(
  (tag): tag is ScalarTag => 'test' in tag && !!tag.test && !!tag.default,
);

function resolveCore(tags: ScalarTag[], text: string): unknown {
  const tag = tags.find(t => t.test!.test(text))!;
  const value = tag.resolve(text, () => {}, { intAsBigInt: false } as never);
  return isScalar(value) ? value.value : value;
}

/**
 * A js-yaml type made of the `yaml` package's own definitions of one core tag, so that
 * plain scalars resolve exactly as `yaml` resolves them (YAML 1.2: `yes`, `on`, `012`,
 * `1_000` and dates stay strings; `0o14` is octal).
 */
function coreType(name: 'null' | 'bool' | 'int' | 'float'): Type {
  const tags = coreTags.filter(t => t.tag === `${CORE}${name}`);
  const any = new RegExp(tags.map(t => `(?:${t.test!.source})`).join('|'));
  return new Type(`${CORE}${name}`, {
    kind: 'scalar',
    resolve: (data: string | null) =>
      data === null ? name === 'null' : any.test(data),
    construct: (data: string | null) =>
      data === null ? null : resolveCore(tags, data),
  });
}

/** No timestamps, binaries, sets or merge keys: the core schema of `yaml`. */
export const FAST_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [coreType('null'), coreType('bool'), coreType('int'), coreType('float')],
});

/**
 * What js-yaml and `yaml` may read differently, so the fast path leaves the file to
 * `yaml`: anchors and aliases (merge keys, duplicate anchors, alias limits), directives
 * (`%YAML 1.1`), and keys the two turn into different property names: flow collections
 * (`[a]: 1`, an unquoted template's `{{ }}`), explicit `?` keys and null keys (`~:`).
 */
const NOT_FAST: readonly { has: readonly string[]; test?: RegExp }[] = [
  { has: ['&'] },
  { has: ['%'], test: /^%/m },
  { has: ['{{'], test: /(?:^|[\s,[{:-])\{\{/m },
  { has: ['}', ']'], test: /[}\]][ \t]*:(?:\s|$)/m },
  { has: ['?'], test: /^[ \t-]*\?(?:[ \t]|$)/m },
  {
    has: ['~', 'null', 'Null', 'NULL'],
    test: /(?:^|[\s,{-])(?:~|null|Null|NULL)[ \t]*:(?:\s|$)/m,
  },
];

/**
 * Whether the text holds one of {@link NOT_FAST}: each pattern runs only on a text that
 * has one of its characters (a search for a character is many times faster than the
 * patterns, and most manifests have none of them).
 */
function needsYaml(text: string): boolean {
  return NOT_FAST.some(
    ({ has, test }) =>
      has.some(part => text.includes(part)) && (!test || test.test(text)),
  );
}

/**
 * Reads every document of a YAML stream with js-yaml (several times faster than the
 * `yaml` package's document API), with the `yaml` package's core schema. Returns
 * `undefined` when the text could read differently under `yaml` or js-yaml refuses
 * or warns about it (duplicate keys, syntax errors, unknown tags): the caller then
 * reads it with `yaml`, which gives the exact values, errors and warnings. With `keep`
 * (values kept between reads, by a ReadCache) the values are compacted for keeping
 * (see {@link compactValue}); a read used once does without.
 */
export function fastLoadAll(
  text: string,
  options: { keep?: StringTable } = {},
): FastDoc[] | undefined {
  if (needsYaml(text)) return undefined;
  const lines: number[] = [];
  let refused = false;
  let values: unknown[];
  try {
    values = loadAll(text, null, {
      schema: FAST_SCHEMA,
      onWarning: () => {
        refused = true;
      },
      listener(event, state) {
        // The root node of a document opens at its first content.
        const { depth, documents } = state as LoaderState;
        if (event === 'open' && depth === 1) lines[documents.length] = state.line + 1;
      },
    });
  } catch {
    return undefined;
  }
  if (refused) return undefined;
  const table = options.keep;
  return values.map((value, i) => ({
    value: table ? compactValue(value, table) : value,
    line: lines[i] ?? 1,
  }));
}

/** V8 copies substrings shorter than this instead of slicing. */
const DETACH_LENGTH = 13;

/**
 * Strings of parsed values kept between reads, one copy of each (`apps/v1`, a label
 * key, a registry host recur in most files of a repository).
 */
export type StringTable = Map<string, string>;

/** One copy of `value` in `table`: a long one detached from the text it was cut from. */
function intern(value: string, table: StringTable): string {
  const known = table.get(value);
  if (known !== undefined) return known;
  const own = value.length >= DETACH_LENGTH ? `${value} `.slice(0, -1) : value;
  table.set(own, own);
  return own;
}

/**
 * A parsed value made cheaper to keep, in place where it can be:
 * - strings go through `table` (see {@link intern}). V8 keeps a long substring as a
 *   slice of the string it was cut from, and js-yaml cuts every scalar from its own copy
 *   of the text (`input + '\0'`): a value kept as parsed would hold that whole copy
 *   besides the file's text;
 * - arrays are copied at their length: js-yaml grows each sequence by `push`, which
 *   leaves room for 16 more items (a one-item list takes four times its size).
 */
function compactValue(value: unknown, table: StringTable): unknown {
  if (typeof value === 'string') return intern(value, table);
  if (Array.isArray(value)) return value.map(item => compactValue(item, table));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = compactValue(record[key], table);
  }
  return value;
}

/** What js-yaml's loader state also holds (not in its type declarations). */
type LoaderState = State & { depth: number; documents: unknown[] };
