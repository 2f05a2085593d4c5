/**
 * Claims the repository defines through templates: a PersistentVolumeClaim of a Flux
 * component or app folder named with a substitution (`${APP}-config`, filled by the
 * Kustomizations' `postBuild.substitute`), and those a Flux Operator ResourceSet renders
 * for each of its inputs (`<< $app.app >>-config`, inputs from `spec.inputs` or the
 * ResourceSetInputProviders it reads). A template's variable parts match any text the
 * repository gives that variable; where nothing in the repository says (a variable of
 * `substituteFrom`), they match anything: the rule cannot know, and says nothing.
 */
import { parse } from 'yaml';
import { arrayAt, getIn, isRecord, stringAt, walk } from '../../k8s';
import type { RepoIndex } from '../../repoIndex';

/** Whether a claim `name` in `namespace` is one a template defines. */
export type ClaimMatcher = (namespace: string | undefined, name: string) => boolean;

const FLUX_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-=]((?:[^{}]|\{[^{}]*\})*))?\}/g;
/** A Flux Operator template action (`<< $app.app >>`, `<<- range … >>`). */
const ACTION = /<<-?[^\n]*?-?>>/;
const ACTIONS = new RegExp(ACTION.source, 'g');
/** An action, or the placeholder that stands for it once the document is YAML. */
const PART = /__TPL__|<<-?[^\n]*?-?>>/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every value the repository's Flux Kustomizations and ConfigMaps give each variable. */
function substitutions(index: RepoIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, value: unknown) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const set = out.get(key) ?? new Set<string>();
    set.add(String(value));
    out.set(key, set);
  };
  for (const ks of index.objects('Kustomization')) {
    if (!ks.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/')) continue;
    const substitute = getIn(ks.value, ['spec', 'postBuild', 'substitute']);
    if (isRecord(substitute)) for (const [k, v] of Object.entries(substitute)) add(k, v);
  }
  // `substituteFrom` reads ConfigMaps' data and Secrets' stringData (Secret data is encoded).
  for (const cm of index.objects('ConfigMap', 'Secret')) {
    const data = getIn(cm.value, [cm.kind === 'ConfigMap' ? 'data' : 'stringData']);
    if (isRecord(data)) for (const [k, v] of Object.entries(data)) add(k, v);
  }
  return out;
}

/**
 * A Flux-substituted text as a pattern: each variable one of its known values, or its
 * default (itself substituted: `${A:-${B}}`); a variable nothing gives and without a
 * default matches anything.
 */
function fluxPatternBody(text: string, known: Map<string, Set<string>>): string {
  let pattern = '';
  let last = 0;
  for (const m of text.matchAll(FLUX_VAR)) {
    pattern += escape(text.slice(last, m.index));
    const alternatives = [...(known.get(m[1]) ?? [])].map(escape);
    if (m[2] !== undefined) alternatives.push(fluxPatternBody(m[2], known));
    pattern += alternatives.length ? `(?:${alternatives.join('|')})` : '.+';
    last = (m.index ?? 0) + m[0].length;
  }
  return pattern + escape(text.slice(last));
}

function fluxPattern(name: string, known: Map<string, Set<string>>): RegExp {
  return new RegExp(`^${fluxPatternBody(name, known)}$`);
}

/** Flux-substituted claims: PVC documents whose name holds `${…}`. */
function fluxClaims(index: RepoIndex): ClaimMatcher[] {
  const templated = index.substituted('PersistentVolumeClaim');
  if (!templated.length) return [];
  const known = substitutions(index);
  return templated.map(d => {
    const name = fluxPattern(d.name!, known);
    const ns = d.namespace;
    const namespace = ns === undefined || ns.includes('${') ? undefined : ns;
    return (claimNamespace, claimName) => name.test(claimName) && (namespace === undefined || claimNamespace === undefined || namespace === claimNamespace);
  });
}

/** The scalar strings of a ResourceSet's inputs (its own and its providers' default values). */
function resourceSetInputs(index: RepoIndex, set: ReturnType<RepoIndex['objects']>[number]): string[] {
  const values: string[] = [];
  const collect = (value: unknown) =>
    walk(value, v => {
      if (typeof v === 'string' && v.length > 1) values.push(v);
    });
  collect(getIn(set.value, ['spec', 'inputs']));
  const providers = index.objects('ResourceSetInputProvider');
  for (const ref of arrayAt(set.value, ['spec', 'inputsFrom'])) {
    const name = stringAt(ref, ['name']);
    for (const p of providers) if (p.name === name) collect(getIn(p.value, ['spec', 'defaultValues']));
  }
  return values;
}

/** The PVC objects of a ResourceSet: `spec.resources`, and the documents of `spec.resourcesTemplate`. */
function resourceSetClaims(set: ReturnType<RepoIndex['objects']>[number]): Array<{ name: string; namespace?: string }> {
  const objects: unknown[] = [...arrayAt(set.value, ['spec', 'resources'])];
  const template = stringAt(set.value, ['spec', 'resourcesTemplate']);
  if (template) {
    // The template is Go-template text around YAML documents: each document, its actions
    // replaced by a placeholder, is YAML again.
    for (const chunk of template.split(/^---\s*$/m)) {
      const text = chunk
        .split('\n')
        .filter(line => !ACTION.test(line) || line.replace(ACTIONS, '').trim() !== '')
        .join('\n')
        .replace(ACTIONS, '__TPL__');
      try {
        objects.push(parse(text));
      } catch {
        // A document the placeholder does not make YAML: not read.
      }
    }
  }
  return objects
    .filter(o => getIn(o, ['kind']) === 'PersistentVolumeClaim')
    .map(o => ({ name: stringAt(o, ['metadata', 'name']) ?? '', namespace: stringAt(o, ['metadata', 'namespace']) }))
    .filter(c => c.name !== '');
}

/** ResourceSet claims: literal parts must match, and the claim must name one of the set's inputs. */
function resourceSetMatchers(index: RepoIndex): ClaimMatcher[] {
  const out: ClaimMatcher[] = [];
  for (const set of index.objects('ResourceSet')) {
    if (!set.apiVersion?.startsWith('fluxcd.controlplane.io/')) continue;
    const inputs = resourceSetInputs(index, set);
    for (const claim of resourceSetClaims(set)) {
      const parts = claim.name.split(new RegExp(PART.source, 'g'));
      const name = new RegExp(`^${parts.map(escape).join('.+')}$`);
      const templated = parts.length > 1;
      const namespace = claim.namespace === undefined || PART.test(claim.namespace) ? undefined : claim.namespace;
      out.push(
        (claimNamespace, claimName) =>
          name.test(claimName) &&
          (!templated || inputs.some(v => claimName === v || claimName.startsWith(`${v}-`) || claimName.endsWith(`-${v}`))) &&
          (namespace === undefined || claimNamespace === undefined || namespace === claimNamespace),
      );
    }
  }
  return out;
}

/** Matchers for every claim the repository defines through a template. */
export function templatedClaims(index: RepoIndex): ClaimMatcher[] {
  return [...fluxClaims(index), ...resourceSetMatchers(index)];
}
