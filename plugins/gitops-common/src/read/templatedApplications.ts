import { K8sObject, str } from './objects';
import { LocatedObject, LocalChart, RepoIndex } from './repoIndex';
import { isRecord } from './yamlFile';

/**
 * An app-of-apps chart of the repository whose template ranges over a values list and
 * renders one Argo CD Application per item (`{{- range .Values.applications }}` …
 * `kind: Application`, the layout of Argo CD's own example repository and its many
 * copies). Only the usual fields are read: `path: {{ .path | default .name }}` and
 * `namespace: {{ .namespace | default .name }}` (or the item's own `path` / `namespace`),
 * Helm's `releaseName` under `tool.helm`. Each item becomes an Application named by its
 * `name`, so that the Argo CD entry reader reads it like a file.
 */

const RANGE =
  /\{\{-?\s*range\s+(?:\$\w+\s*,\s*\$?\w+\s*:=\s*)?\.Values\.([A-Za-z0-9_]+)\s*-?\}\}/;
const defaultsToName = (field: string) =>
  new RegExp(
    `${field}:\\s*\\{\\{-?\\s*\\.${field}\\s*\\|\\s*default\\s+\\.name\\b`,
  );

function itemObject(
  item: Record<string, unknown>,
  template: string,
): K8sObject | undefined {
  const name = str(item, 'name');
  if (!name) return undefined;
  const byName = (field: string) =>
    defaultsToName(field).test(template) ? name : undefined;
  const path = str(item, 'path') ?? byName('path');
  if (path === undefined) return undefined;
  const namespace = str(item, 'namespace') ?? byName('namespace');
  const tool = isRecord(item.tool) ? item.tool : {};
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name },
    spec: {
      source: { path, ...tool },
      destination: namespace ? { namespace } : {},
    },
  };
}

function chartApplications(
  index: RepoIndex,
  chart: LocalChart,
): LocatedObject[] {
  const out: LocatedObject[] = [];
  for (const file of chart.templates) {
    const template = index.tree.read(file) ?? '';
    const range = RANGE.exec(template);
    if (!range || !/^\s*kind:\s*Application\s*$/m.test(template)) continue;
    const list = chart.values[range[1]];
    if (!Array.isArray(list)) continue;
    for (const item of list.filter(isRecord)) {
      const object = itemObject(item, template);
      if (object)
        out.push({
          file: chart.dir ? `${chart.dir}/values.yaml` : 'values.yaml',
          docIndex: out.length,
          line: 1,
          object,
        });
    }
  }
  return out;
}

/** The Applications every app-of-apps chart of the repository renders. */
export function templatedApplications(index: RepoIndex): LocatedObject[] {
  return index.charts.flatMap(chart => chartApplications(index, chart));
}
