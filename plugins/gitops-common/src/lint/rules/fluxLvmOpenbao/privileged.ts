import { arrayAt, containersOf, getIn, isRecord, walk } from '../../k8s';
import { helmReleases, podSpecs, releaseNamespace } from '../../references';
import type { RepoIndex, YamlDoc } from '../../repoIndex';

/** A workload (or a HelmRelease's values) that needs a PodSecurity exemption. */
export interface PrivilegedUse {
  doc: YamlDoc;
  namespace?: string;
  /** The first offending node: `privileged: true` or a device hostPath. */
  path: (string | number)[];
  what: string;
  /** Whether it uses GPU devices (device hostPaths or a GPU resource). */
  gpu: boolean;
}

const GPU_RESOURCE = /(^|\/)gpu$|\.com\/gpu/;

/** Privileged containers and `/dev` hostPaths of workloads and Helm values. */
export function privilegedUses(index: RepoIndex): PrivilegedUse[] {
  const out: PrivilegedUse[] = [];
  for (const { doc, specPath } of podSpecs(index)) {
    const use = doc.memo('privileged-use', () => podPrivilege(doc, specPath));
    if (use) out.push({ doc, namespace: index.namespaceOf(doc), ...use });
  }
  for (const hr of helmReleases(index)) {
    const use = hr.memo('privileged-use', () => valuesPrivilege(hr));
    if (use) out.push({ doc: hr, namespace: releaseNamespace(index, hr), ...use });
  }
  return out;
}

type Privilege = Omit<PrivilegedUse, 'doc' | 'namespace'>;

/** What of a pod spec needs an exemption, if anything (read from the document alone). */
function podPrivilege(doc: YamlDoc, specPath: (string | number)[]): Privilege | undefined {
  const hits: { path: (string | number)[]; what: string }[] = [];
  let gpu = false;
  for (const { path, container } of containersOf(doc.value, specPath)) {
    if (getIn(container, ['securityContext', 'privileged']) === true) {
      hits.push({ path: [...path, 'securityContext', 'privileged'], what: `container ${String(container.name)} is privileged` });
    }
    const limits = getIn(container, ['resources', 'limits']);
    if (isRecord(limits) && Object.keys(limits).some(k => GPU_RESOURCE.test(k))) gpu = true;
  }
  arrayAt(doc.value, [...specPath, 'volumes']).forEach((v, i) => {
    const hostPath = getIn(v, ['hostPath', 'path']);
    if (typeof hostPath === 'string' && (hostPath === '/dev' || hostPath.startsWith('/dev/'))) {
      gpu = true;
      hits.push({ path: [...specPath, 'volumes', i, 'hostPath', 'path'], what: `it mounts the device ${hostPath}` });
    }
  });
  return hits.length ? { path: hits[0].path, what: hits.map(h => h.what).join(' and '), gpu } : undefined;
}

/** What of a HelmRelease's values needs an exemption, if anything. */
function valuesPrivilege(hr: YamlDoc): Privilege | undefined {
  if (!hr.fileText.includes('privileged') && !hr.fileText.includes('hostPath')) return undefined;
  const hits: { path: (string | number)[]; what: string }[] = [];
  walk(getIn(hr.value, ['spec', 'values']), (v, path) => {
    const key = path[path.length - 1];
    if (key === 'privileged' && v === true) hits.push({ path: ['spec', 'values', ...path], what: `values.${path.join('.')} is true` });
    if (key === 'hostPath' && isRecord(v) && typeof v.path === 'string' && v.path.startsWith('/dev')) {
      hits.push({ path: ['spec', 'values', ...path, 'path'], what: `values mount the device ${v.path}` });
    }
  });
  return hits.length ? { path: hits[0].path, what: hits.map(h => h.what).join(' and '), gpu: false } : undefined;
}
