import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { FastDoc, fastLoadAll } from '../yaml/fastLoad';
import { ReadWarning } from './types';

/** One YAML document of a file, as plain data. */
export interface ParsedDoc {
  index: number;
  value: unknown;
  /** 1-based line of the document's first content. */
  line: number;
}

/** A YAML file parsed once: its readable documents, and whether SOPS encrypted it. */
export interface ParsedFile {
  path: string;
  docs: ParsedDoc[];
  /** The file carries a top-level `sops:` key: only its plaintext metadata is kept. */
  sops: boolean;
}

/** Whether a path names a YAML file. */
export function isYamlPath(path: string): boolean {
  return path.endsWith('.yaml') || path.endsWith('.yml');
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/** Duplicate anchors and keys, which the yaml package accepts but strict parsers refuse. */
function strictnessProblems(
  doc: ReturnType<typeof parseAllDocuments>[number],
  text: string,
): string[] {
  const problems: string[] = [];
  const anchors = new Set<string>();
  const checkAnchors = text.includes('&');
  const walk = (node: unknown) => {
    if (checkAnchors) {
      const anchor = (node as { anchor?: string } | null)?.anchor;
      if (anchor) {
        if (anchors.has(anchor))
          problems.push(`duplicate YAML anchor &${anchor}`);
        anchors.add(anchor);
      }
    }
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (key !== undefined) {
          if (keys.has(key)) problems.push(`duplicate key '${String(key)}'`);
          keys.add(key);
        }
        if (checkAnchors && pair.key && typeof pair.key === 'object')
          walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents);
  return problems;
}

/** Keeps what SOPS leaves in plaintext: the object's identity, never its data. */
function sopsSkeleton(value: Record<string, unknown>): Record<string, unknown> {
  const { apiVersion, kind, metadata, type } = value;
  return { apiVersion, kind, metadata, type, sops: true };
}

/** A document as the reader keeps it: SOPS-encrypted ones reduced to their skeleton. */
function addDoc(file: ParsedFile, index: number, data: unknown, line: number) {
  let value = data;
  if (value === null || value === undefined) return;
  if (isRecord(value) && isRecord(value.sops)) {
    file.sops = true;
    value = sopsSkeleton(value);
  }
  file.docs.push({ index, value, line });
}

/**
 * Parses every document of a YAML file leniently (duplicate keys and anchors allowed,
 * the last one wins). Broken documents are skipped with a warning naming the file;
 * this never throws. Most files are read by js-yaml ({@link fastLoadAll}); those it
 * could read differently, or refuses, by the yaml package.
 */
export function parseYamlFile(
  path: string,
  text: string,
  warnings: ReadWarning[],
  /** js-yaml's read of the text when made already; `null`: it left the text to the yaml package. */
  fast: FastDoc[] | null | undefined = fastLoadAll(text),
): ParsedFile {
  if (fast) {
    const file: ParsedFile = { path, docs: [], sops: false };
    fast.forEach((doc, index) => addDoc(file, index, doc.value, doc.line));
    // Kept by a ReadCache: a list grown by `push` keeps room for 16 more.
    file.docs = file.docs.slice();
    return file;
  }
  return parseWithYaml(path, text, warnings);
}

/** {@link parseYamlFile} with the yaml package: its values, errors and warnings. */
function parseWithYaml(
  path: string,
  text: string,
  warnings: ReadWarning[],
): ParsedFile {
  const lineCounter = new LineCounter();
  const file: ParsedFile = { path, docs: [], sops: false };
  let streams;
  try {
    streams = parseAllDocuments(text, {
      uniqueKeys: false,
      lineCounter,
      logLevel: 'error',
    });
  } catch (error) {
    warnings.push({
      file: path,
      message: `not valid YAML: ${firstLine(String(error))}`,
    });
    return file;
  }
  const docs = Array.isArray(streams) ? streams : [];
  docs.forEach((doc, index) => {
    if (doc.errors.length) {
      warnings.push({
        file: path,
        message: `not valid YAML${
          docs.length > 1 ? ` (document ${index + 1})` : ''
        }: ${firstLine(doc.errors[0].message)}`,
      });
      return;
    }
    const problems = [...new Set(strictnessProblems(doc, text))];
    if (problems.length) {
      warnings.push({
        file: path,
        message: `${problems.join(
          ', ',
        )}: read leniently (the last definition wins), but strict YAML parsers refuse this file`,
      });
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 10000 });
    } catch (error) {
      warnings.push({
        file: path,
        message: `not readable YAML: ${firstLine(String(error))}`,
      });
      return;
    }
    const offset = doc.contents?.range?.[0] ?? 0;
    addDoc(file, index, value, lineCounter.linePos(offset).line);
  });
  return file;
}

/** A plain object (YAML mapping). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
