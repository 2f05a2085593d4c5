import { chartBaseName } from './hostAccessCharts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) at = isRecord(at) ? at[key] : undefined;
  return at;
}

/**
 * The charts an object installs, by name, with the path that names each: a Flux
 * HelmRelease (`spec.chart.spec.chart`), an OCIRepository (`spec.url`), an Argo CD
 * Application (`spec.source.chart`, `spec.sources[].chart`, or the chart folder in
 * `path`) and a kustomization's `helmCharts[].name`.
 */
export function chartsOfObject(object: unknown): { path: string; chart: string }[] {
  const out: { path: string; chart: string }[] = [];
  const add = (path: string, value: unknown) => {
    if (typeof value === 'string' && value.trim()) out.push({ path, chart: chartBaseName(value) });
  };
  const kind = get(object, 'kind');
  if (kind === 'HelmRelease') add('spec.chart.spec.chart', get(object, 'spec', 'chart', 'spec', 'chart'));
  if (kind === 'OCIRepository') add('spec.url', get(object, 'spec', 'url'));
  if (kind === 'Application' || kind === 'ApplicationSet') {
    const spec = kind === 'ApplicationSet' ? get(object, 'spec', 'template', 'spec') : get(object, 'spec');
    const sources = [get(spec, 'source'), ...(Array.isArray(get(spec, 'sources')) ? (get(spec, 'sources') as unknown[]) : [])];
    sources.forEach((source, i) => {
      const at = i === 0 ? 'spec.source' : `spec.sources[${i - 1}]`;
      add(`${at}.chart`, get(source, 'chart'));
      if (get(source, 'chart') === undefined && get(source, 'helm') !== undefined) add(`${at}.path`, get(source, 'path'));
    });
  }
  const helmCharts = get(object, 'helmCharts');
  if (Array.isArray(helmCharts)) helmCharts.forEach((c, i) => add(`helmCharts[${i}].name`, get(c, 'name')));
  return out;
}
