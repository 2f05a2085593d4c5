import { Entity } from '@backstage/catalog-model';
import type {
  Finding,
  RecordedStep,
  ServiceWorkload,
} from '@homeport/plugin-gitops-common';

/**
 * The annotation keys of `GITOPS_ANNOTATIONS` in `@homeport/plugin-gitops-common`, kept
 * here so that the frontend bundle does not pull in the generation core (its index
 * re-exports profiles, schemas and YAML tooling). `annotations.test.ts` checks that both
 * stay equal.
 */
export const ANNOTATIONS = {
  repository: 'homeport.dev/repository',
  profile: 'homeport.dev/profile',
  folder: 'homeport.dev/folder',
  files: 'homeport.dev/files',
  findings: 'homeport.dev/findings',
  workloads: 'homeport.dev/workloads',
  commit: 'homeport.dev/commit',
  cluster: 'homeport.dev/cluster',
  understanding: 'homeport.dev/understanding',
  manualSteps: 'homeport.dev/manual-steps',
} as const;

/**
 * JSON array of the manual steps the repository records for this service
 * (`RecordedStep[]`: id, app, owner, title, detail, check, done); the views show them
 * when the entity carries it.
 */
export const MANUAL_STEPS_ANNOTATION = ANNOTATIONS.manualSteps;

/** Backstage's own annotations the views read. */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';
export const SOURCE_LOCATION_ANNOTATION = 'backstage.io/source-location';

/** A workload as the entity provider puts it on the entity. */
export type GitWorkload = Pick<
  ServiceWorkload,
  'kind' | 'name' | 'namespace' | 'images' | 'chart' | 'gpu'
>;

/** What the entity says about its service in git, parsed from its annotations. */
export interface GitopsAnnotations {
  repository?: string;
  profile?: string;
  folder?: string;
  commit?: string;
  files: string[];
  findings: Finding[];
  workloads: GitWorkload[];
  manualSteps?: RecordedStep[];
  kubernetesId: string;
  kubernetesNamespace?: string;
  sourceLocation?: string;
  /** Annotations whose JSON could not be read, with the reason. */
  problems: string[];
}

function parseArray<T>(
  annotations: Record<string, string>,
  key: string,
  problems: string[],
): T[] | undefined {
  const raw = annotations[key];
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(raw);
    if (Array.isArray(value)) return value as T[];
    problems.push(`${key} is not a JSON array`);
  } catch (e) {
    problems.push(`${key} is not valid JSON: ${(e as Error).message}`);
  }
  return undefined;
}

/** Whether the entity is a service of a GitOps repository (carries `homeport.dev/repository`). */
export function isGitopsService(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    Boolean(entity.metadata.annotations?.[ANNOTATIONS.repository])
  );
}

/** Whether the entity is the System of a GitOps repository (a System with `homeport.dev/repository`). */
export function isGitopsRepositorySystem(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'system' &&
    Boolean(entity.metadata.annotations?.[ANNOTATIONS.repository])
  );
}

/** Reads the Homeport and Kubernetes annotations of an entity; never throws. */
export function readGitopsAnnotations(entity: Entity): GitopsAnnotations {
  const a = entity.metadata.annotations ?? {};
  const problems: string[] = [];
  return {
    repository: a[ANNOTATIONS.repository],
    profile: a[ANNOTATIONS.profile],
    folder: a[ANNOTATIONS.folder],
    commit: a[ANNOTATIONS.commit],
    files: parseArray<string>(a, ANNOTATIONS.files, problems) ?? [],
    findings: parseArray<Finding>(a, ANNOTATIONS.findings, problems) ?? [],
    workloads:
      parseArray<GitWorkload>(a, ANNOTATIONS.workloads, problems) ?? [],
    manualSteps: parseArray<RecordedStep>(a, MANUAL_STEPS_ANNOTATION, problems),
    kubernetesId: a[KUBERNETES_ID_ANNOTATION] ?? entity.metadata.name,
    kubernetesNamespace: a[KUBERNETES_NAMESPACE_ANNOTATION],
    sourceLocation: a[SOURCE_LOCATION_ANNOTATION],
    problems,
  };
}
