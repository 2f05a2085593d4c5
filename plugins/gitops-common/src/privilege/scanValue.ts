import { parseAllDocuments } from 'yaml';
import { isGpuResource } from '../read/podSpec';
import { forbiddenCapabilities } from './capabilities';
import { isTruthySetting } from './truthy';

/** One privileged setting found inside a value. */
export interface PrivilegeHit {
  /** Dotted path from the scanned value, such as `spec.values.securityContext.privileged`. */
  path: string;
  what: string;
  level: 'privileged' | 'baseline';
}

const HOST_NAMESPACES: Record<string, string> = {
  hostNetwork: "the host's network",
  hostPID: "the host's process IDs",
  hostIPC: "the host's IPC",
};
const UNCONFINED = /^unconfined$/i;
/** Embedded YAML (Argo CD `helm.values`, kustomize `patch`) nests at most this deep. */
const MAX_EMBEDDED_DEPTH = 3;
const MAX_EMBEDDED_CHARS = 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const safe = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  return path ? `${path}.${safe}` : safe;
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** The settings of one key that the PodSecurity baseline forbids, or a GPU request. */
function hitsOfKey(key: string, value: unknown, path: string): PrivilegeHit[] {
  const at = (what: string, level: PrivilegeHit['level'] = 'privileged') => [{ path, what: `${path} ${what}`, level }];
  if (key === 'privileged' && isTruthySetting(value)) return at(`is ${show(value)} (a privileged container)`);
  if (key in HOST_NAMESPACES && isTruthySetting(value)) return at(`is ${show(value)} (shares ${HOST_NAMESPACES[key]} namespace)`);
  if (key === 'hostPath') {
    const hostPath = isRecord(value) ? value.path : value;
    if (typeof hostPath === 'string' && hostPath.trim()) return at(`mounts the host path ${hostPath}`);
    if (isRecord(value)) return at('is a hostPath volume');
  }
  if (key === 'hostPort' && Number(value) > 0) return at(`binds the host port ${String(value)}`);
  if (key === 'capabilities' && isRecord(value)) {
    const added = forbiddenCapabilities(value.add);
    if (added.length) return [{ path: `${path}.add`, what: `${path}.add adds ${added.join(', ')}`, level: 'privileged' }];
  }
  if (key === 'procMount' && typeof value === 'string' && /^unmasked$/i.test(value)) return at('is Unmasked');
  if ((key === 'seccompProfile' || key === 'appArmorProfile') && isRecord(value) && typeof value.type === 'string' && UNCONFINED.test(value.type)) {
    return at(`is ${value.type}`);
  }
  if ((key === 'limits' || key === 'requests') && isRecord(value)) {
    const gpus = Object.keys(value).filter(isGpuResource);
    if (gpus.length) return at(`requests the GPU ${gpus.join(', ')}`, 'baseline');
  }
  return [];
}

function embeddedDocuments(text: string): unknown[] {
  if (text.length > MAX_EMBEDDED_CHARS || !text.includes('\n') || !text.includes(':')) return [];
  try {
    return parseAllDocuments(text)
      .filter(d => !('empty' in d) && d.errors.length === 0)
      .map(d => d.toJS({ maxAliasCount: 100 }))
      .filter(v => isRecord(v) || Array.isArray(v));
  } catch {
    return [];
  }
}

/**
 * Every setting inside `value`, at any depth, that the PodSecurity baseline level forbids
 * (privileged containers, hostNetwork/hostPID/hostIPC, hostPath volumes, host ports,
 * added capabilities beyond the baseline's, Unmasked /proc, unconfined seccomp or AppArmor),
 * and GPU requests. A deep scan by key, so that it finds them in a pod spec, in the Helm
 * values of a HelmRelease or an Argo CD Application, in any operator's pod template, and
 * in YAML embedded in strings (Argo CD `helm.values`, kustomize patches), whatever the
 * chart calls the enclosing key.
 */
export function scanValue(value: unknown, path = '', depth = 0): PrivilegeHit[] {
  const out: PrivilegeHit[] = [];
  const visit = (v: unknown, p: string) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, join(p, i)));
    } else if (isRecord(v)) {
      for (const [key, item] of Object.entries(v)) {
        const childPath = join(p, key);
        out.push(...hitsOfKey(key, item, childPath));
        visit(item, childPath);
      }
    } else if (typeof v === 'string' && depth < MAX_EMBEDDED_DEPTH) {
      for (const doc of embeddedDocuments(v)) out.push(...scanValue(doc, `${p}(yaml)`, depth + 1));
    }
  };
  visit(value, path);
  return out;
}
