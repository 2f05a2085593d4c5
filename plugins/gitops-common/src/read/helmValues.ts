import { imageFromValues } from './images';
import { gpuOfResources } from './podSpec';
import { GpuRequest, ImageRef, RenderedController } from './types';
import { isRecord } from './yamlFile';

/** The release a values tree belongs to, for `{{ .Release.Name }}` and `{{ .Release.Namespace }}`. */
export interface ReleaseScope {
  name: string;
  namespace?: string;
}

/**
 * Resolves the Helm built-ins a values string may use (charts such as bjw-s
 * app-template render values through `tpl`). Undefined when other template code
 * remains.
 */
export function resolveReleaseTemplate(
  text: string,
  release: ReleaseScope,
): string | undefined {
  if (!text.includes('{{')) return text;
  const resolved = text.replace(
    /\{\{-?\s*\.Release\.(Name|Namespace)\s*-?\}\}/g,
    (whole, field: string) =>
      field === 'Name' ? release.name : release.namespace ?? whole,
  );
  return resolved.includes('{{') ? undefined : resolved;
}

type Visitor = (
  key: string,
  value: unknown,
  ancestors: string[],
  parent: Record<string, unknown>,
) => boolean | void;

/** Walks a values tree depth first; a visitor returning false skips the subtree. Disabled blocks (`enabled: false`) are skipped. */
export function walkValues(
  value: unknown,
  visit: Visitor,
  ancestors: string[] = [],
) {
  if (Array.isArray(value)) {
    for (const item of value) walkValues(item, visit, ancestors);
    return;
  }
  if (!isRecord(value) || value.enabled === false) return;
  for (const [key, child] of Object.entries(value)) {
    if (visit(key, child, ancestors, value) === false) continue;
    walkValues(child, visit, [...ancestors, key]);
  }
}

/** Images named in values (`image: {repository, tag}` anywhere, app-template controllers included). */
export function valuesImages(values: unknown): ImageRef[] {
  const images: ImageRef[] = [];
  walkValues(values, (key, value) => {
    if (key !== 'image' && !/Image$/.test(key)) return undefined;
    const image = imageFromValues(value);
    if (image && !images.some(i => i.raw === image.raw)) images.push(image);
    return undefined;
  });
  return images;
}

const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/i;
const EXPOSURE_KEY = /ingress|route|gateway|virtualservice/i;

/** A host name, where a label may be a Flux variable left unresolved (`plex.${SECRET_DOMAIN}`: kept, the variable visible). */
function isHostName(host: string): boolean {
  return HOST_NAME.test(
    host.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'example.com'),
  );
}

/**
 * Hosts in values: `host`, `hosts`, `hostname`, `hostnames` under an ingress, route or
 * gateway block (TLS blocks and disabled blocks aside), and top-level `hosts` when
 * `topLevelHosts` (in-repo charts whose templates render them).
 */
export function valuesHosts(
  values: unknown,
  release: ReleaseScope,
  topLevelHosts = false,
): string[] {
  const hosts: string[] = [];
  const add = (candidate: unknown) => {
    if (typeof candidate !== 'string') return;
    const host = resolveReleaseTemplate(candidate.trim(), release);
    if (host && isHostName(host) && !hosts.includes(host)) hosts.push(host);
  };
  const addAll = (value: unknown) => {
    if (typeof value === 'string') add(value);
    else if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') add(item);
        else if (isRecord(item)) add(item.host ?? item.hostname ?? item.name);
      }
    }
  };
  walkValues(values, (key, value, ancestors) => {
    if (key === 'tls') return false;
    const exposed =
      ancestors.some(a => EXPOSURE_KEY.test(a)) ||
      (topLevelHosts && ancestors.length === 0);
    if (!exposed) return undefined;
    if (key === 'host' || key === 'hostname') add(value);
    else if (key === 'hosts' || key === 'hostnames') {
      addAll(value);
      return false;
    }
    return undefined;
  });
  return hosts;
}

const CONTROLLER_KINDS: Record<string, RenderedController['kind']> = {
  deployment: 'Deployment',
  statefulset: 'StatefulSet',
  daemonset: 'DaemonSet',
  cronjob: 'CronJob',
  job: 'Job',
};

/** bjw-s app-template `controllers` (a map of controllers that each have `containers`). */
export function appTemplateControllers(
  values: unknown,
  release: ReleaseScope,
): Array<RenderedController & { replicas?: number }> {
  if (!isRecord(values) || !isRecord(values.controllers)) return [];
  const out: Array<RenderedController & { replicas?: number }> = [];
  for (const [key, controller] of Object.entries(values.controllers)) {
    if (
      !isRecord(controller) ||
      controller.enabled === false ||
      !isRecord(controller.containers)
    )
      continue;
    const type =
      typeof controller.type === 'string'
        ? controller.type.toLowerCase()
        : 'deployment';
    out.push({
      kind: CONTROLLER_KINDS[type] ?? 'Deployment',
      name: key === release.name ? release.name : `${release.name}-${key}`,
      ...(typeof controller.replicas === 'number'
        ? { replicas: controller.replicas }
        : {}),
    });
  }
  return out;
}

/** Whether values switch on a privileged container anywhere. */
export function valuesPrivileged(values: unknown): boolean {
  let privileged = false;
  walkValues(values, (key, value) => {
    if (
      key === 'securityContext' &&
      isRecord(value) &&
      value.privileged === true
    )
      privileged = true;
    if (key === 'privileged' && value === true) privileged = true;
  });
  return privileged;
}

/** GPU resources and DRA claim template names requested in values. */
export function valuesGpu(values: unknown): {
  requests: GpuRequest[];
  claimTemplates: string[];
} {
  const requests: GpuRequest[] = [];
  const claimTemplates: string[] = [];
  walkValues(values, (key, value) => {
    if (key === 'resources' && isRecord(value)) {
      for (const request of gpuOfResources(value)) {
        if (!requests.some(r => r.resource === request.resource))
          requests.push(request);
      }
    }
    if (key === 'resourceClaims' && Array.isArray(value)) {
      for (const claim of value) {
        const name = isRecord(claim)
          ? claim.resourceClaimTemplateName ?? claim.resourceClaimName
          : undefined;
        if (typeof name === 'string' && !claimTemplates.includes(name))
          claimTemplates.push(name);
      }
    }
  });
  return { requests, claimTemplates };
}

/** Host devices mounted through `hostPath` in values. */
export function valuesHostDevices(values: unknown): string[] {
  const devices: string[] = [];
  walkValues(values, (key, value) => {
    if (
      (key === 'hostPath' || key === 'path') &&
      typeof value === 'string' &&
      value.startsWith('/dev/') &&
      !devices.includes(value)
    ) {
      devices.push(value);
    }
  });
  return devices;
}

/** Claims named by `existingClaim` in values. */
export function valuesExistingClaims(
  values: unknown,
  release: ReleaseScope,
): string[] {
  const claims: string[] = [];
  walkValues(values, (key, value) => {
    if (key !== 'existingClaim' || typeof value !== 'string') return;
    const claim = resolveReleaseTemplate(value, release);
    if (claim && !claims.includes(claim)) claims.push(claim);
  });
  return claims;
}

/** Top-level sub-charts switched on in values (`postgresql.enabled: true`, `valkey.enabled: true`). */
export function enabledSubcharts(values: unknown): string[] {
  if (!isRecord(values)) return [];
  return Object.entries(values)
    .filter(([, value]) => isRecord(value) && value.enabled === true)
    .map(([key]) => key);
}

/** Deep merge of Helm values (maps merge, everything else replaces). */
export function mergeValues(base: unknown, override: unknown): unknown {
  if (!isRecord(base) || !isRecord(override))
    return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override))
    out[key] = mergeValues(base[key], value);
  return out;
}
