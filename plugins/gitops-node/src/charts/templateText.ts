/**
 * Readings of Helm template text that hold without rendering it: the object a document
 * makes, the condition wrapping it, its name expression, its ports. Helm templates are Go
 * templates, not YAML, so these read lines; anything that does not match a pattern here
 * stays undecided.
 */

/** One document of a template file. */
export interface TemplateDocument {
  file: string;
  kind?: string;
  /** The `.Values` path of the `if` that wraps the whole document, and whether it is negated. */
  guard?: { path: string[]; negated: boolean } | { expression: string };
  /** The expression of `metadata.name`. */
  name?: string;
  text: string;
}

const ACTION = /^\s*\{\{-?\s*(.*?)\s*-?\}\}\s*$/;
const VALUES_PATH = /^\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)$/;

/** `.Values.service.http.port` → `['service', 'http', 'port']`. */
export function valuesPath(expression: string): string[] | undefined {
  const match = VALUES_PATH.exec(expression.trim());
  return match ? match[1].slice(1).split('.') : undefined;
}

function readGuard(lines: string[]): TemplateDocument['guard'] {
  const first = lines.find(l => l.trim() && !/^\s*\{\{-?\s*\/\*/.test(l) && !/^\s*#/.test(l));
  const action = first && ACTION.exec(first)?.[1];
  const condition = action && /^if\s+(.+)$/.exec(action)?.[1];
  if (!condition) return undefined;
  const negated = /^not\s+/.test(condition);
  const path = valuesPath(condition.replace(/^not\s+/, ''));
  return path ? { path, negated } : { expression: condition };
}

function readName(lines: string[]): string | undefined {
  const metadata = lines.findIndex(l => /^metadata:\s*$/.test(l));
  if (metadata < 0) return undefined;
  for (const line of lines.slice(metadata + 1)) {
    if (/^\S/.test(line) && !ACTION.test(line)) return undefined;
    const match = /^ {2}name:\s*(.+?)\s*$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** The documents of a template file, with what each makes. */
export function templateDocuments(file: string, text: string): TemplateDocument[] {
  return text.split(/^---\s*$/m).map(part => {
    const lines = part.split('\n');
    return {
      file,
      kind: /^kind:\s*([A-Za-z]+)\s*$/m.exec(part)?.[1],
      guard: readGuard(lines),
      name: readName(lines),
      text: part,
    };
  });
}

/** A port of a Service template: its name and its port expression, outside any `if`. */
export interface TemplatePort {
  name?: string;
  port: string;
}

/**
 * The ports a Service template always lists: items of `spec.ports` that no `if` inside
 * the list wraps.
 */
export function servicePorts(text: string): TemplatePort[] {
  const lines = text.split('\n');
  const start = lines.findIndex(l => /^\s+ports:\s*$/.test(l));
  if (start < 0) return [];
  const indent = /^\s*/.exec(lines[start])![0].length;
  const ports: (TemplatePort & { conditional: boolean })[] = [];
  let depth = 0;
  let current: (Partial<TemplatePort> & { conditional: boolean }) | undefined;
  const close = () => {
    if (current?.port !== undefined) ports.push(current as TemplatePort & { conditional: boolean });
    current = undefined;
  };
  for (const line of lines.slice(start + 1)) {
    const action = ACTION.exec(line)?.[1];
    if (action !== undefined) {
      if (/^(if|with|range)\b/.test(action)) depth++;
      else if (/^end\b/.test(action)) depth--;
      if (depth < 0) break;
      continue;
    }
    if (!line.trim()) continue;
    const lineIndent = /^\s*/.exec(line)![0].length;
    if (lineIndent < indent || (lineIndent === indent && !line.trim().startsWith('-'))) break;
    const item = /^\s*-\s+(.*)$/.exec(line);
    const field = /^\s*(?:-\s+)?(name|port):\s*(.+?)\s*$/.exec(line);
    if (item) {
      close();
      current = { conditional: depth > 0 };
    }
    if (current && field) current[field[1] as 'name' | 'port'] = field[2];
  }
  close();
  return ports.filter(p => !p.conditional).map(({ name, port }) => ({ name, port }));
}

/** The text of each `define` block of the helpers, by its name. */
export function helperDefinitions(texts: string[]): Map<string, string> {
  const defines = new Map<string, string>();
  for (const text of texts) {
    const parts = text.split(/\{\{-?\s*define\s+"/);
    for (const part of parts.slice(1)) {
      const name = part.slice(0, part.indexOf('"'));
      defines.set(name, part.slice(name.length + 1));
    }
  }
  return defines;
}
