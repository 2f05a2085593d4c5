import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { catalogInfoYaml } from '../../render/catalogInfo';
import { helmValuesWithImages } from '../../render/helmImages';
import { AppSpec, GpuSpec, WorkloadKind, WorkloadSpec } from '../../specs';
import { YamlObject, parseForEdit } from '../../yaml/documents';
import { ProfileDocument, FluxHelmProfileSpec } from '../document/schema';
import { Profile } from '../types';
import {
  Attachment,
  defaultHost,
  httpAttachment,
  routeObjectAttachment,
  postgresAttachment,
  pvc,
  redisAttachment,
  secretAttachment,
  sharedPostgresStoreKeys,
  tcpAttachment,
  volumeAttachment,
} from './attach';
import { appPaths, AppPaths } from './context';
import { locateApp } from './locate';
import { isAppTemplateValues, ReleaseNames, releaseValues } from './names';
import { checkNamespace, listManifests, register } from './registration';
import { existingReleaseNames, helmRelease, newReleaseNames } from './release';
import { appTemplateChart, thirdPartyChart } from './sources';
import { dnsStep, secretValuesStep, wiringStep } from './steps';
import { applyToDocument, applyToObject, ValueOp } from './valueOps';
import { spliceAppend, spliceSet, SpliceError } from '../../yaml/splice';
import { gpuAppValues, imageAppValues } from './values';
import { objectsYaml } from './write';

/** One app a request touches. */
interface Plan {
  paths: AppPaths;
  names: ReleaseNames;
  created?: AppSpec | GpuSpec;
  /** The existing release's values (existing apps). */
  values?: YamlObject;
  appTemplate: boolean;
  attachments: Attachment[];
}

/** Why a kind has no answer under a document, or undefined when it has one. */
export function unsupportedReason(spec: FluxHelmProfileSpec, kind: WorkloadKind): string | undefined {
  switch (kind) {
    case 'postgres':
      return spec.postgres.style === 'none' ? spec.postgres.reason ?? 'the profile sets no postgres convention' : undefined;
    case 'redis':
      return spec.redis.style === 'none' ? spec.redis.reason ?? 'the profile sets no redis convention' : undefined;
    case 'gpu':
      return spec.gpu.style === 'none' ? spec.gpu.reason ?? 'the profile sets no GPU convention' : undefined;
    case 'secret':
      return spec.secrets ? undefined : 'the profile names no secret store';
    case 'http':
      return spec.exposure ? undefined : 'the profile sets no ingress or route convention';
    case 'volume':
      return spec.storage ? undefined : 'the profile names no storage class';
    default:
      return undefined;
  }
}

/** The static start of the app folder template: `kubernetes/apps` of `kubernetes/apps/{namespace}/{app}`. */
function appsDirOf(spec: FluxHelmProfileSpec): string {
  const head = spec.layout.appFolder.split('{')[0];
  return head.replace(/\/+$/, '');
}

function objectFile(paths: AppPaths, file: string): string {
  return file === 'externalSecret' || file === 'volume' || file === 'database'
    ? paths.file(file)
    : paths.manifest(file);
}

/** Objects by the file they go to, in the order they come. */
class FileObjects extends Map<string, YamlObject[]> {
  put(file: string, object: YamlObject): void {
    this.set(file, [...(this.get(file) ?? []), object]);
  }

  /** The objects of the plan's attachments, in the files the layout names. */
  putAttachments(paths: AppPaths, attachments: Attachment[]): this {
    for (const a of attachments) for (const o of a.objects) this.put(objectFile(paths, o.file), o.object);
    return this;
  }
}

/** Adds objects to their files: a new file, or new documents at the end of an existing one. */
function addObjects(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, byFile: FileObjects): void {
  for (const [file, objects] of byFile) {
    const text = objectsYaml(spec, objects);
    if (b.exists(file)) b.edit(file, current => `${current.replace(/\n*$/, '\n')}${text}`);
    else b.add(file, text);
  }
}

function planFor(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, plans: Map<string, Plan>, app: string): Plan {
  const known = plans.get(app);
  if (known) return known;
  const found = locateApp(spec, b.tree, app);
  if (!found.length) {
    throw new NotFoundError(
      `App '${app}' does not exist (no ${appPaths(spec, app, '<namespace>').file('helmRelease')}): create the app first, or add it to the same request`,
    );
  }
  if (found.length > 1) {
    throw new ConflictError(`App '${app}' exists in more than one namespace (${found.map(f => f.folder).join(', ')}): Homeport cannot tell which one is meant`);
  }
  const paths = found[0];
  const file = paths.file('helmRelease');
  const values = releaseValues(parseForEdit(file, b.tree.read(file)!).toJS());
  const plan: Plan = {
    paths,
    values,
    names: existingReleaseNames(values, newReleaseNames(spec, paths.vars)),
    appTemplate: isAppTemplateValues(values),
    attachments: [],
  };
  plans.set(app, plan);
  return plan;
}

function newPlan(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, s: AppSpec | GpuSpec): Plan {
  const paths = appPaths(spec, s.name, s.namespace ?? spec.defaultNamespace);
  if (b.exists(paths.folder)) throw new ConflictError(`App '${s.name}' already exists (${paths.folder}/)`);
  const elsewhere = locateApp(spec, b.tree, s.name);
  if (elsewhere.length) throw new ConflictError(`App '${s.name}' already exists (${elsewhere[0].folder}/)`);
  checkNamespace(spec, b, paths);
  return {
    paths,
    names: newReleaseNames(spec, paths.vars),
    created: s,
    appTemplate: s.kind === 'gpu' || s.source.type === 'image',
    attachments: [],
  };
}

function writeCreated(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, p: Plan): void {
  const s = p.created!;
  const { paths, names } = p;
  const { app, namespace } = paths.vars;
  const ops = p.attachments.flatMap(a => a.ops);
  let values: YamlObject;
  let chart;
  if (s.kind === 'gpu') {
    values = gpuAppValues(spec, names, s);
    chart = appTemplateChart(spec, app, namespace);
  } else if (s.source.type === 'image') {
    values = imageAppValues(names, s.source);
    chart = appTemplateChart(spec, app, namespace);
  } else {
    values = helmValuesWithImages(app, s.source).values;
    chart = thirdPartyChart(spec, app, namespace, s.source);
  }
  if (p.appTemplate) applyToObject(values, ops);
  const owner = s.owner ?? spec.defaultOwner;
  const files = new FileObjects();
  const put = (file: string, object: YamlObject) => files.put(file, object);
  put(paths.file('helmRelease'), helmRelease(spec, paths.vars, chart, values, spec.layout.files.catalogInfo ? undefined : s.owner));
  if (chart.source) {
    put(chart.source.kind === 'OCIRepository' ? paths.file('chartSource') : paths.manifest(`${String(chart.source.kind).toLowerCase()}.yaml`), chart.source);
  }
  if (s.kind === 'gpu') {
    if (spec.gpu.style === 'dra') {
      const deviceClass = spec.gpu.deviceClasses[s.vendor];
      if (!deviceClass) throw new InputError(`This repository's convention has no DRA device class for ${s.vendor} GPUs (it knows: ${Object.keys(spec.gpu.deviceClasses).join(', ') || 'none'})`);
      put(paths.manifest('resourceclaimtemplate.yaml'), {
        apiVersion: 'resource.k8s.io/v1',
        kind: 'ResourceClaimTemplate',
        metadata: { name: app, ...(spec.layout.namespaceInMetadata ? { namespace } : {}) },
        spec: { spec: { devices: { requests: [{ name: 'gpu', exactly: { deviceClassName: deviceClass, count: s.count } }] } } },
      });
    }
    if (s.modelVolume) {
      put(paths.file('volume'), pvc(spec, `${app}-models`, namespace, s.modelVolume.size, 'bulk'));
      applyToObject(values, [{ op: 'set', path: ['persistence', 'models'], value: { existingClaim: `${app}-models`, globalMounts: [{ path: s.modelVolume.mountPath }] } }]);
    }
  }
  addObjects(spec, b, files.putAttachments(paths, p.attachments));
  if (spec.layout.files.catalogInfo) {
    b.add(
      paths.file('catalogInfo'),
      catalogInfoYaml({ name: app, namespace, owner, type: s.kind === 'gpu' ? 'gpu-workload' : 'service', description: s.description }),
    );
  }
  listManifests(spec, b, paths, true);
  register(spec, b, paths, p.appTemplate);
  if (!p.appTemplate) {
    const lines = p.attachments.flatMap(a => a.wiring);
    if (lines.length) b.step(wiringStep(app, lines));
  }
}

function writeExisting(spec: FluxHelmProfileSpec, b: ChangeSetBuilder, p: Plan): void {
  const { paths } = p;
  addObjects(spec, b, new FileObjects().putAttachments(paths, p.attachments));
  const ops = p.attachments.flatMap(a => a.ops);
  if (p.appTemplate && ops.length) {
    const file = paths.file('helmRelease');
    b.edit(file, text => editRelease(file, text, ops));
  } else if (!p.appTemplate) {
    const lines = p.attachments.flatMap(a => a.wiring);
    if (lines.length) b.step(wiringStep(paths.vars.app, lines));
  }
  listManifests(spec, b, paths, false);
}

/**
 * Applies value ops to an existing release file, changing only the lines they add; a file
 * whose shape the splice cannot follow is re-serialized through the document API instead.
 */
function editRelease(file: string, text: string, ops: ValueOp[]): string {
  try {
    return ops.reduce((current, { op, path, value }) => {
      const full = ['spec', 'values', ...path];
      return op === 'set' ? spliceSet(current, full, value) : spliceAppend(current, full, value);
    }, text);
  } catch (e) {
    if (!(e instanceof SpliceError)) throw e;
    if (e.conflict) throw new ConflictError(`${file} ${e.message}`);
  }
  const doc = parseForEdit(file, text);
  try {
    applyToDocument(doc, ['spec', 'values'], ops, file);
  } catch (e) {
    throw new ConflictError((e as Error).message);
  }
  // The document keeps its own `---`.
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

function hasRoute(p: Plan, style: 'route' | 'ingress', pending: Set<string>): boolean {
  if (pending.has(p.paths.vars.app)) return true;
  const section = p.values?.[style] as YamlObject | undefined;
  return !!section && p.names.service in section;
}

function serviceHasController(p: Plan): boolean {
  if (p.created) return true;
  const services = p.values?.service as Record<string, { controller?: string }> | undefined;
  return !!services?.[p.names.service]?.controller;
}

/**
 * A profile rendered from a `flux-helm` document: a Flux HelmRelease per app (bjw-s
 * app-template for image apps, the chart itself for Helm apps) laid out, registered,
 * exposed, stored and given secrets the way the document says, which is how the
 * repository's own apps are written.
 *
 * @public
 */
export function createFluxHelmProfile(doc: ProfileDocument): Profile {
  const spec = doc.spec as FluxHelmProfileSpec;
  const kinds: WorkloadKind[] = ['app', 'gpu', 'postgres', 'redis', 'volume', 'secret', 'http', 'tcp'];
  const unsupported = Object.fromEntries(
    kinds.flatMap(k => {
      const reason = unsupportedReason(spec, k);
      return reason ? [[k, reason]] : [];
    }),
  );
  return {
    id: doc.metadata.name,
    title: doc.metadata.title ?? doc.metadata.name,
    engine: 'flux',
    supports: kinds.filter(k => !unsupported[k]),
    unsupported,
    appsDir: appsDirOf(spec),
    defaults: { domain: spec.domain, namespace: spec.defaultNamespace },
    render(specs: WorkloadSpec[], b: ChangeSetBuilder) {
      const plans = new Map<string, Plan>();
      for (const s of specs) {
        if (s.kind === 'app' || s.kind === 'gpu') plans.set(s.name, newPlan(spec, b, s));
      }
      const routed = new Set<string>();
      for (const s of specs) {
        if (s.kind === 'app' || s.kind === 'gpu') continue;
        const p = planFor(spec, b, plans, s.app);
        const ns = p.paths.vars.namespace;
        switch (s.kind) {
          case 'secret':
            p.attachments.push(secretAttachment(spec, p.names, s, ns));
            b.step(secretValuesStep(spec, s.app, ns, s.name, s.path, s.keys));
            break;
          case 'volume':
            p.attachments.push(volumeAttachment(spec, s, ns));
            break;
          case 'http': {
            // `{{ .Release.Name }}` is Helm's: only values of an app-template release may keep it.
            const templated = s.host ?? defaultHost(spec, p.paths.vars);
            const literal = templated.split('{{ .Release.Name }}').join(s.app);
            const host = p.appTemplate ? templated : literal;
            p.attachments.push(
              p.appTemplate
                ? httpAttachment(spec, p.names, s, host, hasRoute(p, spec.exposure!.style, routed))
                : routeObjectAttachment(spec, s, host, ns),
            );
            routed.add(s.app);
            if (spec.exposure!.dnsStep) b.step(dnsStep(s.app, literal));
            break;
          }
          case 'tcp':
            if (!p.appTemplate) throw new InputError(`App '${s.app}' is not an app-template release: add the LoadBalancer through its chart's own values`);
            p.attachments.push(tcpAttachment(p.names, s));
            break;
          case 'postgres':
            p.attachments.push(postgresAttachment(spec, p.names, s, ns, s.size));
            if (spec.postgres.style === 'shared-cnpg') {
              b.step(secretValuesStep(spec, s.app, ns, `${s.app}-db`, s.app, sharedPostgresStoreKeys(s.app)));
            }
            break;
          case 'redis':
            if (!p.appTemplate) throw new InputError(`App '${s.app}' is not an app-template release: this convention runs Redis as an app-template controller`);
            p.attachments.push(redisAttachment(spec, p.names, s, ns, serviceHasController(p)));
            break;
          default:
            break;
        }
      }
      for (const p of plans.values()) {
        if (p.created) writeCreated(spec, b, p);
        else writeExisting(spec, b, p);
      }
    },
  };
}
