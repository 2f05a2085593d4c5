import type { Entity, EntityLink } from '@backstage/catalog-model';
import {
  Finding,
  GITOPS_ANNOTATIONS,
  ServiceCache,
  ServiceDatabase,
  ServiceModel,
  ServiceSecret,
} from '@homeport/plugin-gitops-common';
import { codeOwnersOf } from './codeowners';
import { componentType, usesGpu } from './componentType';
import { NameRegistry } from './names';
import { recordedStepsAnnotation } from './recordedSteps';
import { serviceOwner } from './owner';
import {
  editUrl,
  folderLocation,
  RepositoryLocation,
  repositoryLocation,
  techdocsRef,
} from './sourceLocation';
import { groupSystems } from './systems';
import { ServicesToEntitiesOptions } from './types';

const API_VERSION = 'backstage.io/v1alpha1';
const LOCATION = 'backstage.io/managed-by-location';
const ORIGIN_LOCATION = 'backstage.io/managed-by-origin-location';
const SOURCE_LOCATION = 'backstage.io/source-location';
const EDIT_URL = 'backstage.io/edit-url';
const TECHDOCS_REF = 'backstage.io/techdocs-ref';
const KUBERNETES_ID = 'backstage.io/kubernetes-id';
const KUBERNETES_NAMESPACE = 'backstage.io/kubernetes-namespace';
const KUBERNETES_LABEL_SELECTOR = 'backstage.io/kubernetes-label-selector';

/** Annotations the provider owns: a catalog-info.yaml cannot override them. */
const PROVIDER_ANNOTATIONS = [
  LOCATION,
  ORIGIN_LOCATION,
  ...Object.values(GITOPS_ANNOTATIONS),
];

type ResourceType = 'database' | 'cache' | 'secret';

interface ResourceDraft {
  type: ResourceType;
  name: string;
  namespace?: string;
  file: string;
  description: string;
  labelSelector?: string;
  /** Indexes of the services that use it. */
  users: number[];
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function ref(
  kind: string,
  namespace: string | undefined,
  name: string,
): string {
  return `${kind.toLowerCase()}:${namespace ?? 'default'}/${name}`;
}

function unique<T>(values: T[], key: (v: T) => string = v => String(v)): T[] {
  const seen = new Set<string>();
  return values.filter(v => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function inNamespace(namespace?: string) {
  return namespace ? ` in namespace ${namespace}` : '';
}

function databaseDescription(db: ServiceDatabase): string {
  const sizing = [
    db.instances !== undefined ? plural(db.instances, 'instance') : undefined,
    db.size
      ? `${db.size}${db.storageClass ? ` on ${db.storageClass}` : ''}`
      : undefined,
  ].filter(Boolean);
  const what = {
    'cnpg-cluster': 'CloudNativePG cluster',
    'shared-postgres': 'Shared PostgreSQL cluster',
    'postgres-chart': 'PostgreSQL chart release',
    postgres: 'PostgreSQL server run by the app',
    mongodb: 'MongoDB server run by the app',
    mysql: 'MySQL server run by the app',
  }[db.kind];
  return `${what} ${db.name}${inNamespace(db.namespace)}${
    sizing.length ? ` (${sizing.join(', ')})` : ''
  }.${db.bundled ? " Rendered by the app's own chart." : ''}`;
}

function cacheDescription(cache: ServiceCache): string {
  const what = { redis: 'Redis', valkey: 'Valkey', dragonfly: 'Dragonfly' }[
    cache.kind
  ];
  return `${what} ${cache.name}${inNamespace(cache.namespace)}.${
    cache.bundled ? " Rendered by the app's own chart." : ''
  }`;
}

function secretDescription(secret: ServiceSecret): string {
  const where = [
    secret.path ? `path ${secret.path}` : undefined,
    secret.store ? `store ${secret.store}` : undefined,
  ].filter(Boolean);
  return `${secret.kind} ${secret.name}${inNamespace(secret.namespace)}${
    where.length ? ` (${where.join(', ')})` : ''
  }.`;
}

/** `<name>`, or `<namespace>-<name>` when the name does not start with its namespace: resource names stay unique across namespaces. */
function resourceBaseName(name: string, namespace?: string): string {
  if (!namespace || name === namespace || name.startsWith(`${namespace}-`))
    return name;
  return `${namespace}-${name}`;
}

function serviceDescription(service: ServiceModel): string {
  const workloads = service.workloads.map(w => {
    const what = w.chart
      ? `chart ${w.chart.name}${w.chart.version ? ` ${w.chart.version}` : ''}`
      : w.images.map(i => i.raw).join(', ');
    return `${w.kind} ${w.name}${what ? ` (${what})` : ''}`;
  });
  return `${workloads.length ? workloads.join('; ') : 'Service'}${inNamespace(
    service.namespace,
  )}, from ${service.folder || 'the repository root'}.`;
}

/** The file an edit link opens: the catalog-info.yaml, else the folder's kustomization, else the first workload's file. */
function editTarget(service: ServiceModel): string | undefined {
  const prefix = service.folder ? `${service.folder}/` : '';
  return (
    service.catalogInfo?.file ??
    service.files.find(
      f =>
        f === `${prefix}kustomization.yaml` ||
        f === `${prefix}kustomization.yml`,
    ) ??
    service.workloads[0]?.file ??
    service.files[0]
  );
}

/** `https://<host>` for each concrete host (templated and wildcard hosts have no page). */
function hostLinks(service: ServiceModel): EntityLink[] {
  return unique(
    service.hosts
      .map(h => h.host)
      .filter(h => /^[a-zA-Z0-9.-]+(:\d+)?$/.test(h) && !h.startsWith('.')),
  ).map(host => ({ url: `https://${host}`, title: host, icon: 'web' }));
}

function kubernetesAnnotations(service: ServiceModel): Record<string, string> {
  const annotations: Record<string, string> = {
    [KUBERNETES_ID]: service.labels.kubernetesId ?? service.id,
  };
  if (service.namespace) annotations[KUBERNETES_NAMESPACE] = service.namespace;
  const selector = service.labels.selector ?? {};
  if (!service.labels.kubernetesId && Object.keys(selector).length) {
    annotations[KUBERNETES_LABEL_SELECTOR] = Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }
  return annotations;
}

/**
 * Merges the service's own catalog-info.yaml Component over the generated one: its
 * metadata and spec win, but the provider's location and `homeport.dev/*` annotations
 * stay, links and tags are joined, and its `dependsOn` adds to the found ones.
 */
function mergeCatalogInfo(
  generated: Entity,
  info: Record<string, unknown>,
  name: string,
): Entity {
  const metadata = isRecord(info.metadata) ? info.metadata : {};
  const spec = isRecord(info.spec) ? info.spec : {};
  const own: Record<string, string> = {};
  for (const [key, value] of Object.entries(
    isRecord(metadata.annotations) ? metadata.annotations : {},
  )) {
    if (typeof value === 'string') own[key] = value;
  }
  const generatedAnnotations = generated.metadata.annotations ?? {};
  const annotations: Record<string, string> = {
    ...generatedAnnotations,
    ...own,
  };
  for (const key of PROVIDER_ANNOTATIONS) {
    if (generatedAnnotations[key] !== undefined)
      annotations[key] = generatedAnnotations[key];
  }
  const links = unique(
    [
      ...(Array.isArray(metadata.links) ? metadata.links : []),
      ...(generated.metadata.links ?? []),
    ].filter((l): l is EntityLink => isRecord(l) && typeof l.url === 'string'),
    l => l.url,
  );
  const tags = unique([
    ...(Array.isArray(metadata.tags) ? metadata.tags : []),
    ...(generated.metadata.tags ?? []),
  ]);
  const dependsOn = unique([
    ...(Array.isArray(spec.dependsOn) ? spec.dependsOn : []),
    ...((generated.spec?.dependsOn as string[]) ?? []),
  ]);
  return {
    apiVersion:
      typeof info.apiVersion === 'string'
        ? info.apiVersion
        : generated.apiVersion,
    kind: 'Component',
    metadata: {
      ...generated.metadata,
      ...metadata,
      name,
      annotations,
      ...(links.length ? { links } : {}),
      tags,
    },
    spec: { ...generated.spec, ...spec, dependsOn },
  };
}

/** The findings of some files, in the order given, looked up by file. */
function findingsByFile(findings: readonly Finding[]) {
  const byFile = new Map<string, number[]>();
  findings.forEach((finding, i) => {
    const list = byFile.get(finding.file);
    if (list) list.push(i);
    else byFile.set(finding.file, [i]);
  });
  return {
    in: (files: readonly string[]): Finding[] =>
      [...new Set(files)]
        .flatMap(file => byFile.get(file) ?? [])
        .sort((a, b) => a - b)
        .map(i => findings[i]),
  };
}

/** The read's report on the repository's System, when it did not understand everything. */
function understandingAnnotation(
  options: ServicesToEntitiesOptions,
): Record<string, string> {
  const u = options.understanding;
  if (!u || u.status === 'understood') return {};
  return { [GITOPS_ANNOTATIONS.understanding]: JSON.stringify(u) };
}

function homeportAnnotations(
  options: ServicesToEntitiesOptions,
  folder: string | undefined,
  extra: Record<string, string> = {},
): Record<string, string> {
  const { repository, commit } = options;
  return {
    [GITOPS_ANNOTATIONS.repository]: repository.id,
    ...(repository.profile
      ? { [GITOPS_ANNOTATIONS.profile]: repository.profile }
      : {}),
    ...(folder !== undefined ? { [GITOPS_ANNOTATIONS.folder]: folder } : {}),
    ...extra,
    ...(commit ? { [GITOPS_ANNOTATIONS.commit]: commit } : {}),
  };
}

function locationAnnotations(
  location: RepositoryLocation,
  folder: string,
): Record<string, string> {
  const value = folderLocation(location, folder);
  return {
    [LOCATION]: value,
    [ORIGIN_LOCATION]: value,
    [SOURCE_LOCATION]: value,
  };
}

/**
 * Maps the services of a GitOps repository to catalog entities: a Component per
 * service, a Resource per database, cache and secret it uses (shared ones once), and
 * the Systems that group them (see groupSystems). Pure: the same input gives the same
 * entities, in the same order (Components, Resources, Systems).
 *
 * @public
 */
export function servicesToEntities(
  options: ServicesToEntitiesOptions,
): Entity[] {
  const { services, tree, repository } = options;
  const location = repositoryLocation({
    url: repository.url,
    branch: repository.branch,
    publishType: repository.publishType,
    localRoot: options.localRoot,
  });
  const codeOwners = codeOwnersOf(tree);
  const { systems, systemOf } = groupSystems(services, repository.id);
  const repositorySystem = systems[0].name;
  const prefix = repository.entityNamePrefix ?? '';

  // Resources first: a component's dependsOn needs their names.
  const resources = new Map<string, ResourceDraft>();
  const resourceNames = new NameRegistry();
  const resourceRefsOf: string[][] = services.map(() => []);
  const named = new Map<ResourceDraft, string>();
  services.forEach((service, index) => {
    const add = (draft: Omit<ResourceDraft, 'users'>) => {
      const key = `${draft.type}\u0000${draft.namespace ?? ''}\u0000${
        draft.name
      }`;
      let resource = resources.get(key);
      if (!resource) {
        resource = { ...draft, users: [] };
        resources.set(key, resource);
        named.set(
          resource,
          resourceNames.claim(
            `${prefix}${resourceBaseName(draft.name, draft.namespace)}`,
            draft.type,
          ),
        );
      }
      if (!resource.users.includes(index)) resource.users.push(index);
      resourceRefsOf[index].push(
        ref('Resource', undefined, named.get(resource)!),
      );
    };
    for (const db of service.databases) {
      add({
        type: 'database',
        name: db.name,
        namespace: db.namespace,
        file: db.file,
        description: databaseDescription(db),
        labelSelector:
          db.kind === 'cnpg-cluster' ? `cnpg.io/cluster=${db.name}` : undefined,
      });
    }
    for (const cache of service.caches) {
      add({
        type: 'cache',
        name: cache.name,
        namespace: cache.namespace,
        file: cache.file,
        description: cacheDescription(cache),
      });
    }
    for (const secret of service.secrets) {
      add({
        type: 'secret',
        name: secret.name,
        namespace: secret.namespace,
        file: secret.file,
        description: secretDescription(secret),
      });
    }
  });

  const componentNames = new NameRegistry();
  const findingsOf = findingsByFile(options.findings ?? []);
  const components = services.map((service, index): Entity => {
    const findings = findingsOf.in(service.files);
    const info =
      service.catalogInfo?.entity.kind === 'Component'
        ? service.catalogInfo.entity
        : undefined;
    const infoName =
      isRecord(info?.metadata) && typeof info.metadata.name === 'string'
        ? info.metadata.name
        : undefined;
    const name = componentNames.claim(infoName ?? `${prefix}${service.id}`);
    const edit = editTarget(service);
    const editLink = edit ? editUrl(location, edit) : undefined;
    const links = hostLinks(service);
    const generated: Entity = {
      apiVersion: API_VERSION,
      kind: 'Component',
      metadata: {
        name,
        ...(service.title ? { title: service.title } : {}),
        description: serviceDescription(service),
        annotations: {
          ...locationAnnotations(location, service.folder),
          ...(editLink ? { [EDIT_URL]: editLink } : {}),
          ...(service.docs
            ? { [TECHDOCS_REF]: techdocsRef(location, service.folder) }
            : {}),
          ...kubernetesAnnotations(service),
          ...homeportAnnotations(options, service.folder, {
            [GITOPS_ANNOTATIONS.files]: JSON.stringify(service.files),
            [GITOPS_ANNOTATIONS.findings]: JSON.stringify(findings),
            [GITOPS_ANNOTATIONS.workloads]: JSON.stringify(service.workloads),
            ...(service.cluster
              ? { [GITOPS_ANNOTATIONS.cluster]: service.cluster }
              : {}),
            ...recordedStepsAnnotation(service, tree),
          }),
        },
        ...(links.length ? { links } : {}),
        tags: unique([service.engine, ...(usesGpu(service) ? ['gpu'] : [])]),
      },
      spec: {
        type: componentType(service, tree),
        lifecycle: 'production',
        owner: serviceOwner(service, codeOwners, repository.defaultOwner).owner,
        system: systemOf.get(service.id) ?? repositorySystem,
        dependsOn: unique(resourceRefsOf[index]),
      },
    };
    return info ? mergeCatalogInfo(generated, info, name) : generated;
  });

  const common = (values: string[], fallback: string) =>
    values.length && values.every(v => v === values[0]) ? values[0] : fallback;
  const resourceEntities = [...resources.values()].map((resource): Entity => {
    const users = resource.users.map(i => components[i]);
    const folder = dirOf(resource.file);
    return {
      apiVersion: API_VERSION,
      kind: 'Resource',
      metadata: {
        name: named.get(resource)!,
        title: resource.name,
        description: resource.description,
        annotations: {
          ...locationAnnotations(location, folder),
          ...(resource.labelSelector
            ? {
                ...(resource.namespace
                  ? { [KUBERNETES_NAMESPACE]: resource.namespace }
                  : {}),
                [KUBERNETES_LABEL_SELECTOR]: resource.labelSelector,
              }
            : {}),
          ...homeportAnnotations(options, folder, {
            [GITOPS_ANNOTATIONS.files]: JSON.stringify([resource.file]),
          }),
        },
      },
      spec: {
        type: resource.type,
        owner: common(
          users.map(c => String(c.spec?.owner)),
          repository.defaultOwner,
        ),
        system: common(
          users.map(c => String(c.spec?.system)),
          repositorySystem,
        ),
        dependencyOf: unique(
          users.map(c =>
            ref('Component', c.metadata.namespace, c.metadata.name),
          ),
        ),
      },
    };
  });

  const used = new Set(
    [...components, ...resourceEntities].map(e => String(e.spec?.system)),
  );
  const systemEntities = systems
    .filter(system => system.by === 'repository' || used.has(system.name))
    .map((system): Entity => {
      const members = components
        .filter(c => c.spec?.system === system.name)
        .map(c => String(c.spec?.owner));
      return {
        apiVersion: API_VERSION,
        kind: 'System',
        metadata: {
          name: system.name,
          title: system.title,
          description: system.description,
          annotations: {
            ...locationAnnotations(location, ''),
            ...homeportAnnotations(
              options,
              undefined,
              system.by === 'repository'
                ? understandingAnnotation(options)
                : {},
            ),
          },
        },
        spec: {
          owner:
            system.by === 'repository'
              ? repository.defaultOwner
              : common(members, repository.defaultOwner),
        },
      };
    });

  return [...components, ...resourceEntities, ...systemEntities];
}
