import { ChartFacts, ChartObjectName, ChartUndecided } from '@homeport/plugin-gitops-common';
import { parse } from 'yaml';
import { helperDefinitions, servicePorts, TemplateDocument, templateDocuments, valuesPath } from './templateText';
import { ChartFiles } from './types';

type Values = Record<string, unknown>;

function valueAt(values: Values, path: readonly string[]): { found: boolean; value?: unknown } {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !(key in node)) return { found: false };
    node = (node as Values)[key];
  }
  return { found: true, value: node };
}

/** Go template truthiness of a value: false, 0, '', null, empty lists and maps are false. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Whether a document is rendered with the default values; undefined when its condition is not a plain `.Values` path. */
function renderedByDefault(doc: TemplateDocument, values: Values): boolean | undefined {
  if (!doc.guard) return true;
  if ('expression' in doc.guard) return undefined;
  return truthy(valueAt(values, doc.guard.path).value) !== doc.guard.negated;
}

const INCLUDE = /^\{\{-?\s*(?:include|template)\s+"([^"]+)"\s+\.\s*-?\}\}([-a-z0-9.]*)$/;

/** Helm's conventional fullname helper: fullnameOverride, else the release (with the chart's name unless it contains it). */
function isConventionalFullname(body: string): boolean {
  return (
    body.includes('.Values.fullnameOverride') &&
    /contains\s+\$name\s+\.Release\.Name/.test(body) &&
    /printf\s+"%s-%s"\s+\.Release\.Name\s+\$name/.test(body)
  );
}

function stringValue(values: Values, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' && value ? value : undefined;
}

class Derivation {
  readonly undecided: ChartUndecided[] = [];
  readonly helpers: Map<string, string>;
  readonly fullnameHelper?: string;

  constructor(readonly chart: string, readonly values: Values, files: ChartFiles) {
    this.helpers = helperDefinitions([...files].filter(([p]) => p.endsWith('.tpl')).map(([, t]) => t));
    this.fullnameHelper = [...this.helpers].find(([name, body]) => name.endsWith('.fullname') && isConventionalFullname(body))?.[0];
    if (!this.fullnameHelper) {
      this.undecided.push({ about: 'fullname', reason: 'its fullname helper is not the conventional one (fullnameOverride, else the release name with the chart name)' });
    }
  }

  note(about: ChartUndecided['about'], reason: string): undefined {
    this.undecided.push({ about, reason });
    return undefined;
  }

  /** A name expression as a name: the fullname helper plus a suffix, or a fixed name. */
  objectName(expression: string | undefined): ChartObjectName | undefined {
    if (!expression) return undefined;
    const literal = /^["']?([a-z0-9]([-a-z0-9]*[a-z0-9])?)["']?$/.exec(expression);
    if (literal) return { literal: literal[1] };
    const include = INCLUDE.exec(expression);
    if (include && include[1] === this.fullnameHelper) return { fullnameSuffix: include[2] };
    return undefined;
  }

  port(expression: string): { port: number; portPath?: string[] } | undefined {
    if (/^\d+$/.test(expression)) return { port: Number(expression) };
    const action = /^\{\{-?\s*(.+?)\s*-?\}\}$/.exec(expression)?.[1];
    if (!action) return undefined;
    const [head, pipe] = action.split(/\s*\|\s*/, 2);
    const path = valuesPath(head);
    if (!path) return undefined;
    const value = valueAt(this.values, path).value;
    const fallback = pipe && /^default\s+(\d+)$/.exec(pipe)?.[1];
    if (pipe && !fallback) return undefined;
    const port = truthy(value) ? value : fallback && Number(fallback);
    return Number.isInteger(port) ? { port: port as number, portPath: path } : undefined;
  }
}

function httpService(d: Derivation, docs: TemplateDocument[]): ChartFacts['httpService'] {
  const candidates: { name: ChartObjectName; label: string; port?: { port: number; portPath?: string[] }; http: boolean }[] = [];
  for (const doc of docs.filter(x => x.kind === 'Service')) {
    const rendered = renderedByDefault(doc, d.values);
    if (rendered === false) continue;
    const label = `${doc.file} (${doc.name ?? 'no name'})`;
    if (rendered === undefined) {
      d.note('httpService', `${label} is rendered only when ${(doc.guard as { expression: string }).expression}`);
      continue;
    }
    const name = d.objectName(doc.name);
    if (!name) {
      d.note('httpService', `the name of the Service in ${doc.file} is ${doc.name ?? 'missing'}`);
      continue;
    }
    const ports = servicePorts(doc.text);
    const chosen = ports.find(p => p.name === 'http') ?? ports[0];
    const port = chosen && d.port(chosen.port);
    if (!port) d.note('httpService', `the port of the Service in ${doc.file} is ${chosen?.port ?? 'missing'}`);
    const suffix = 'literal' in name ? name.literal : name.fullnameSuffix;
    candidates.push({ name, label, port, http: ports.some(p => p.name === 'http') || /(^|-)http$/.test(suffix) });
  }
  const pick = candidates.length === 1 ? candidates : candidates.filter(c => c.http);
  if (pick.length !== 1) {
    return d.note(
      'httpService',
      candidates.length
        ? `${candidates.length} Services are rendered by default (${candidates.map(c => c.label).join(', ')}) and ${pick.length ? 'several' : 'none'} say http`
        : 'no Service it could read is rendered by default',
    );
  }
  const [service] = pick;
  return service.port ? { name: service.name, ...service.port } : undefined;
}

function serviceAccount(d: Derivation, docs: TemplateDocument[]): ChartFacts['serviceAccount'] {
  const accounts = docs.filter(x => x.kind === 'ServiceAccount');
  if (!accounts.length) return { created: false };
  if (accounts.length > 1) return d.note('serviceAccount', `${accounts.length} ServiceAccount documents (${accounts.map(a => a.file).join(', ')})`);
  const [doc] = accounts;
  const created = renderedByDefault(doc, d.values);
  if (created === undefined) {
    return d.note('serviceAccount', `${doc.file} is rendered only when ${(doc.guard as { expression: string }).expression}`);
  }
  const createPath = doc.guard && 'path' in doc.guard && !doc.guard.negated ? doc.guard.path : undefined;
  const direct = d.objectName(doc.name);
  if (direct) return { created, createPath, name: direct };
  const helper = doc.name && INCLUDE.exec(doc.name);
  const body = helper && !helper[2] ? d.helpers.get(helper[1]) : undefined;
  const fullname = d.fullnameHelper && `\\(include "${d.fullnameHelper.replace(/\./g, '\\.')}" \\.\\)`;
  const named =
    body && fullname
      ? new RegExp(`default\\s+${fullname}\\s+(\\.Values[.\\w-]+)`).exec(body) ??
        new RegExp(`(\\.Values[.\\w-]+)\\s*\\|\\s*default\\s+${fullname}`).exec(body)
      : undefined;
  const namePath = named ? valuesPath(named[1]) : undefined;
  if (!namePath) {
    d.note('serviceAccount', `the name of the ServiceAccount in ${doc.file} is ${doc.name ?? 'missing'}`);
    return { created, createPath };
  }
  return { created, createPath, name: { fullnameSuffix: '' }, namePath };
}

function image(d: Derivation): ChartFacts['image'] {
  const isImage = (v: unknown) => {
    const o = v as Values | undefined;
    return typeof o === 'object' && o !== null && typeof o.repository === 'string' && 'tag' in o;
  };
  const keys = isImage(d.values.image)
    ? [['image']]
    : Object.keys(d.values).filter(k => isImage((d.values[k] as Values | null)?.image)).map(k => [k, 'image']);
  if (keys.length !== 1) {
    return d.note('image', keys.length ? `several images in values.yaml (${keys.map(k => k.join('.')).join(', ')})` : 'values.yaml has no image.repository and image.tag');
  }
  const [at] = keys;
  const registry = typeof (valueAt(d.values, at).value as Values).registry === 'string';
  return {
    ...(registry ? { registryPath: [...at, 'registry'] } : {}),
    repositoryPath: [...at, 'repository'],
    tagPath: [...at, 'tag'],
  };
}

/**
 * What a chart's own files say about the objects Homeport wires to: its HTTP Service, the
 * ServiceAccount it creates, the values keys of its image. Read from Chart.yaml,
 * values.yaml and the template text (tests under `templates/tests/` and objects behind a
 * condition that is false by default are left out); what does not match a recognisable
 * pattern is listed in `undecided`.
 */
export function deriveChartFacts(files: ChartFiles): ChartFacts {
  const meta = parse(files.get('Chart.yaml') ?? '') as { name?: unknown; version?: unknown } | null;
  if (typeof meta?.name !== 'string' || typeof meta.version !== 'string') {
    throw new Error('its Chart.yaml has no name and version');
  }
  const parsed = parse(files.get('values.yaml') ?? '') as unknown;
  const values = (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {}) as Values;
  const d = new Derivation(meta.name, values, files);
  const docs = [...files]
    .filter(([p]) => /\.ya?ml$/.test(p) && p.startsWith('templates/') && !p.startsWith('templates/tests/'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([p, text]) => templateDocuments(p, text));
  const facts: ChartFacts = {
    chart: meta.name,
    version: meta.version,
    ...(d.fullnameHelper
      ? { fullname: { fullnameOverride: stringValue(values, 'fullnameOverride'), nameOverride: stringValue(values, 'nameOverride') } }
      : {}),
    httpService: httpService(d, docs),
    serviceAccount: serviceAccount(d, docs),
    image: image(d),
    undecided: d.undecided,
  };
  return JSON.parse(JSON.stringify(facts));
}
