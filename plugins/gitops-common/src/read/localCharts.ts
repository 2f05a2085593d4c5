import { RenderedController } from './types';
import { LocalChart, RepoIndex } from './repoIndex';

/** What the reader learns from an in-repo chart's templates. */
export interface ChartTemplates {
  /** The pod controllers (else every object) are rendered into a namespace named after the release. */
  namespaceIsReleaseName: boolean;
  /** Pod controllers the templates render, with their name and namespace templates. */
  controllers: Array<{
    kind: RenderedController['kind'];
    nameTemplate: string;
    namespaceTemplate?: string;
  }>;
  /** The ingress template ranges over top-level `.Values.hosts`. */
  rendersValuesHosts: boolean;
  defines: Map<string, string>;
}

const DEFINE =
  /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}([\s\S]*?)\{\{-?\s*end\s*-?\}\}/g;
const CONTROLLER_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'CronJob',
  'Job',
]);

/** Resolves `.Release.Name` and `include`/`template` of simple defines; undefined if anything else remains. */
export function renderName(
  template: string,
  releaseName: string,
  defines: Map<string, string>,
  depth = 0,
): string | undefined {
  if (depth > 5) return undefined;
  let failed = false;
  const out = template.replace(
    /\{\{-?\s*(?:include|template)\s+"([^"]+)"\s+\.?\$?[^}]*?-?\}\}|\{\{-?\s*\.Release\.Name\s*-?\}\}/g,
    (whole, name?: string) => {
      if (!name) return releaseName;
      const body = defines.get(name);
      const rendered =
        body === undefined
          ? undefined
          : renderName(body, releaseName, defines, depth + 1);
      if (rendered === undefined) failed = true;
      return rendered ?? whole;
    },
  );
  if (failed || out.includes('{{')) return undefined;
  return out.trim().replace(/^["']|["']$/g, '');
}

const cache = new WeakMap<LocalChart, ChartTemplates>();

/** Reads an in-repo chart's templates as text (they are not YAML until rendered). */
export function chartTemplates(
  index: RepoIndex,
  chart: LocalChart,
): ChartTemplates {
  const cached = cache.get(chart);
  if (cached) return cached;
  const texts = chart.templates.map(path => index.tree.read(path) ?? '');
  const defines = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(DEFINE))
      defines.set(match[1], match[2].trim());
  }
  const namespaces: string[] = [];
  const controllers: ChartTemplates['controllers'] = [];
  let rendersValuesHosts = false;
  for (const text of texts) {
    for (const match of text.matchAll(/^\s*namespace:\s*(.+)$/gm))
      namespaces.push(match[1].trim());
    if (/range\s+(\$\w+\s*:=\s*)?\.Values\.hosts\b/.test(text))
      rendersValuesHosts = true;
    const kind = /^kind:\s*(\w+)\s*$/m.exec(text)?.[1];
    const name = /^metadata:\s*\n\s+name:\s*(.+)$/m.exec(text)?.[1];
    if (kind && CONTROLLER_KINDS.has(kind) && name) {
      const namespace =
        /^metadata:\s*\n(?:\s+.*\n)*?\s+namespace:\s*(.+)$/m.exec(text)?.[1];
      controllers.push({
        kind: kind as RenderedController['kind'],
        nameTemplate: name.trim(),
        ...(namespace ? { namespaceTemplate: namespace.trim() } : {}),
      });
    }
  }
  const probe = '\u0000release';
  const isRelease = (template: string | undefined) =>
    template !== undefined && renderName(template, probe, defines) === probe;
  const namespaceIsReleaseName = controllers.length
    ? controllers.every(c => isRelease(c.namespaceTemplate))
    : namespaces.length > 0 && namespaces.every(isRelease);
  const result = {
    namespaceIsReleaseName,
    controllers,
    rendersValuesHosts,
    defines,
  };
  cache.set(chart, result);
  return result;
}
