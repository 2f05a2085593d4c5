import { isRecord, stringAt } from '../lint/k8s';
import type { RepoIndex, YamlDoc } from '../lint/repoIndex';

/** One object a kustomize build emits, with the file that defines it. */
export interface BuiltObject {
  /** API group, kind, namespace (empty when cluster-scoped or unset) and name. */
  group: string;
  kind: string;
  namespace: string;
  name: string;
  file: string;
  /** Whether kustomize's namespace transformer applies to it. */
  namespaced: boolean;
}

/** What a kustomize build of a folder gives: its objects, or why kustomize would stop. */
export interface KustomizeBuild {
  objects: BuiltObject[];
  /** One line each, naming the kustomization, the object and the files. */
  errors: string[];
}

const RESOURCE_FIELDS = new Set(['resources', 'bases', 'components']);
/** Kinds kustomize's namePrefix and nameSuffix leave alone. */
const UNPREFIXED_KINDS = new Set(['Namespace', 'CustomResourceDefinition', 'APIService']);

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function idOf(o: BuiltObject): string {
  return [o.group, o.kind, o.namespace, o.name].join('\u0000');
}

/** `Ingress podinfo/podinfo`, `Namespace podinfo`. */
export function objectLabel(o: Pick<BuiltObject, 'kind' | 'namespace' | 'name'>): string {
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

function objectOf(doc: YamlDoc): BuiltObject {
  return {
    group: groupOf(doc.apiVersion!),
    kind: doc.kind!,
    namespace: doc.namespaced ? doc.namespace ?? '' : '',
    name: doc.name!,
    file: doc.file,
    namespaced: doc.namespaced,
  };
}

/**
 * Builds kustomizations in process the way `kubectl kustomize` accumulates them: each
 * folder's `resources`, `bases` and `components` (files, and folders with their own
 * kustomization, recursively), the folder's `namespace` (namespaced objects) and
 * `namePrefix`/`nameSuffix` (all but Namespaces, CRDs and APIServices) over what it includes, and the errors kustomize stops on: an object id registered
 * twice, a listed file or folder that does not exist, a folder without a kustomization,
 * a file that does not parse, a cycle. Remote entries are not followed; Helm charts and
 * patches' effects are not computed (a patch file must exist). Builds are memoised per
 * folder, so one instance serves every folder of one index.
 */
export class KustomizeBuilder {
  private readonly builds = new Map<string, KustomizeBuild>();
  private readonly syntaxErrors: Map<string, string>;

  constructor(private readonly index: RepoIndex) {
    this.syntaxErrors = new Map(index.syntaxErrors.map(e => [e.file, `${e.file}:${e.line}: ${e.message}`]));
  }

  /** The build of a folder that has a kustomization. */
  build(dir: string): KustomizeBuild {
    return this.buildDir(dir, []);
  }

  private buildDir(dir: string, stack: string[]): KustomizeBuild {
    const done = this.builds.get(dir);
    if (done) return done;
    const k = this.index.kustomize.at(dir);
    if (!k) return { objects: [], errors: [`${dir || '.'} has no kustomization.yaml`] };
    if (stack.includes(dir)) {
      return { objects: [], errors: [`${k.file}: the kustomizations form a cycle: ${[...stack, dir].join(' → ')}`] };
    }
    const errors: string[] = [];
    const objects: BuiltObject[] = [];
    const ids = new Map<string, BuiltObject>();
    const accumulate = (o: BuiltObject) => {
      const first = ids.get(idOf(o));
      if (first) {
        errors.push(`${objectLabel(o)} is defined twice in the build of ${dir || '.'}: in ${first.file} and in ${o.file}`);
        return;
      }
      ids.set(idOf(o), o);
      objects.push(o);
    };
    for (const entry of k.entries) {
      if (!entry.target) continue; // remote: not followed
      const listed = `${k.file}: ${entry.field} entry '${entry.value}'`;
      if (!RESOURCE_FIELDS.has(entry.field)) {
        if (this.index.tree.read(entry.target) === undefined) errors.push(`${listed} names a file that does not exist`);
        continue;
      }
      if (this.index.kustomize.at(entry.target)) {
        const sub = this.buildDir(entry.target, [...stack, dir]);
        errors.push(...sub.errors);
        sub.objects.forEach(accumulate);
      } else if (this.index.tree.read(entry.target) !== undefined) {
        const broken = this.syntaxErrors.get(entry.target);
        if (broken) errors.push(`${listed} does not parse: ${broken}`);
        else this.index.docsOf(entry.target).filter(d => d.isObject && d.name).map(objectOf).forEach(accumulate);
      } else if (this.index.tree.exists(entry.target)) {
        errors.push(`${listed} names a folder without a kustomization.yaml`);
      } else {
        errors.push(`${listed} names a file or folder that does not exist`);
      }
    }
    const value = isRecord(k.doc.value) ? k.doc.value : {};
    const prefix = stringAt(value, ['namePrefix']) ?? '';
    const suffix = stringAt(value, ['nameSuffix']) ?? '';
    const transformed = objects.map(o => ({
      ...o,
      namespace: k.namespace && o.namespaced ? k.namespace : o.namespace,
      name: UNPREFIXED_KINDS.has(o.kind) ? o.name : `${prefix}${o.name}${suffix}`,
    }));
    const build = { objects: transformed, errors: [...new Set(errors)] };
    this.builds.set(dir, build);
    return build;
  }
}
