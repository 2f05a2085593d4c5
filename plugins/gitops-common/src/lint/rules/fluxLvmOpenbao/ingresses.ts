import { arrayAt, getIn, isRecord, stringAt, walk } from '../../k8s';
import { helmReleases, releaseNamespace } from '../../references';
import type { RepoIndex, YamlDoc } from '../../repoIndex';
import { qualified } from '../helpers';

/** An Ingress as an object, or as the ingress block of a chart's values. */
export interface IngressView {
  doc: YamlDoc;
  label: string;
  /** Where findings about the whole ingress point. */
  path: (string | number)[];
  classPath: (string | number)[];
  className?: string;
  annotationsPath: (string | number)[];
  annotations: Record<string, unknown>;
  hosts: { host: string; path: (string | number)[] }[];
  /** `undefined` when the ingress has no tls block. */
  tlsHosts?: string[];
  tlsPath: (string | number)[];
}

/** The hosts a chart's tls value covers: a list of `{ hosts }`, or `true` for all of them. */
function valuesTlsHosts(tls: unknown, hosts: IngressView['hosts']): string[] | undefined {
  if (Array.isArray(tls)) return tls.flatMap(t => arrayAt(t, ['hosts']).filter((h): h is string => typeof h === 'string'));
  if (tls === true) return hosts.map(h => h.host);
  return undefined;
}

/** An ingress as read from its document alone: everything but the label, which needs the namespace. */
type RawIngress = Omit<IngressView, 'doc' | 'label'>;

/** An Ingress object's view (read once per document). */
function objectIngress(d: YamlDoc): RawIngress {
  return d.memo('ingress', () => {
    const annotations = getIn(d.value, ['metadata', 'annotations']);
    const hosts: IngressView['hosts'] = [];
    arrayAt(d.value, ['spec', 'rules']).forEach((r, i) => {
      const host = stringAt(r, ['host']);
      if (host) hosts.push({ host, path: ['spec', 'rules', i, 'host'] });
    });
    const tls = getIn(d.value, ['spec', 'tls']);
    return {
      path: ['metadata', 'name'],
      classPath: ['spec', 'ingressClassName'],
      className: stringAt(d.value, ['spec', 'ingressClassName']) ?? (isRecord(annotations) ? stringAt(annotations, ['kubernetes.io/ingress.class']) : undefined),
      annotationsPath: ['metadata', 'annotations'],
      annotations: isRecord(annotations) ? annotations : {},
      hosts,
      tlsHosts: Array.isArray(tls) ? tls.flatMap(t => arrayAt(t, ['hosts']).filter((h): h is string => typeof h === 'string')) : undefined,
      tlsPath: ['spec', 'tls'],
    };
  });
}

/** The enabled `ingress:` blocks of a HelmRelease's values, with their values path (read once per document). */
function valuesIngresses(hr: YamlDoc): { at: string; view: RawIngress }[] {
  return hr.memo('ingress', () => {
    const out: { at: string; view: RawIngress }[] = [];
    // An `ingress:` (or `Ingress:`) key holds "ngress".
    if (!hr.fileText.includes('ngress')) return out;
    walk(getIn(hr.value, ['spec', 'values']), (v, path, parents) => {
      const key = path[path.length - 1];
      if (typeof key !== 'string' || !/^ingress$/i.test(key) || !isRecord(v) || v.enabled !== true) return;
      if (parents.some(p => isRecord(p) && p.enabled === false)) return;
      const full = ['spec', 'values', ...path];
      const annotations = isRecord(v.annotations) ? v.annotations : {};
      const hosts: IngressView['hosts'] = [];
      arrayAt(v, ['hosts']).forEach((h, i) => {
        if (typeof h === 'string') hosts.push({ host: h, path: [...full, 'hosts', i] });
        else if (typeof getIn(h, ['host']) === 'string') hosts.push({ host: getIn(h, ['host']) as string, path: [...full, 'hosts', i, 'host'] });
      });
      if (typeof v.hostname === 'string') hosts.push({ host: v.hostname, path: [...full, 'hostname'] });
      const tls = v.tls;
      const classKey = typeof v.ingressClassName === 'string' ? 'ingressClassName' : 'className';
      out.push({
        at: path.join('.'),
        view: {
          path: [...full, 'enabled'],
          classPath: [...full, classKey],
          className: (typeof v[classKey] === 'string' ? (v[classKey] as string) : undefined) ?? stringAt(annotations, ['kubernetes.io/ingress.class']),
          annotationsPath: [...full, 'annotations'],
          annotations,
          hosts: hosts.filter(h => !h.host.includes('{{')),
          tlsHosts: valuesTlsHosts(tls, hosts),
          tlsPath: [...full, 'tls'],
        },
      });
    });
    return out;
  });
}

/** Ingress objects and enabled `ingress:` blocks of HelmRelease values. */
export function ingresses(index: RepoIndex): IngressView[] {
  const out: IngressView[] = [];
  for (const d of index.objects('Ingress'))
    out.push({ doc: d, label: `Ingress ${qualified(index.namespaceOf(d), d.name ?? '')}`, ...objectIngress(d) });
  for (const hr of helmReleases(index)) {
    const blocks = valuesIngresses(hr);
    if (!blocks.length) continue;
    const release = qualified(releaseNamespace(index, hr), hr.name ?? '');
    for (const { at, view } of blocks) out.push({ doc: hr, label: `values.${at} of HelmRelease ${release}`, ...view });
  }
  return out;
}
