import { InputError } from '@backstage/errors';
import {
  Document,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  visit,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { documentToYaml, parseForEdit } from '../../yaml/documents';
import { FluxAppChartOptions } from './options';

/** What the profile reads from an existing app's `release.yaml`. */
export interface ExistingRelease {
  exposedPort?: number;
  hosts: string[];
}

/** What a request changes in an existing app's `release.yaml`. */
export interface ReleaseEdit {
  hosts: string[];
  hasSecrets: boolean;
}

function chartValues(
  o: FluxAppChartOptions,
  path: string,
  doc: Document,
): YAMLMap | undefined {
  const release = doc.toJS() as {
    kind?: unknown;
    spec?: { chart?: { spec?: { chart?: unknown } } };
  };
  if (
    release.kind !== 'HelmRelease' ||
    release.spec?.chart?.spec?.chart !== o.chart.name
  ) {
    throw new InputError(
      `${path} is not a HelmRelease of the ${o.chart.name} chart: change it by hand`,
    );
  }
  const values = doc.getIn(['spec', 'values'], true);
  if (values !== undefined && !isMap(values)) {
    throw new InputError(`${path}: spec.values is not a mapping`);
  }
  return values as YAMLMap | undefined;
}

function hostList(
  path: string,
  values: YAMLMap | undefined,
): YAMLSeq | undefined {
  const hosts = values?.get('hosts', true);
  if (hosts === undefined || (isScalar(hosts) && hosts.value === null))
    return undefined;
  if (!isSeq(hosts)) {
    throw new InputError(`${path}: spec.values.hosts is not a list`);
  }
  return hosts;
}

/** Reads an app's HelmRelease of the in-house chart: its port and hosts. */
export function readRelease(
  o: FluxAppChartOptions,
  path: string,
  text: string,
): ExistingRelease {
  const values = chartValues(o, path, parseForEdit(path, text));
  const port = values?.get('exposedPort');
  return {
    exposedPort: typeof port === 'number' ? port : undefined,
    hosts: (hostList(path, values)?.items ?? []).map(item =>
      String(isScalar(item) ? item.value : item),
    ),
  };
}

/**
 * The `yaml` package reads the comment of `hosts: # list your domains` as a comment
 * before the list's first item, and would print it on a line of its own. Gives such
 * comments back to their key, so that an edited file differs only where it was edited.
 */
function keepKeyLineComments(doc: Document, text: string): void {
  visit(doc, {
    Pair(_, pair) {
      const { key, value } = pair;
      if (
        !isScalar(key) ||
        !key.range ||
        !isCollection(value) ||
        !value.commentBefore
      )
        return;
      const lineEnd = text.indexOf('\n', key.range[1]);
      const afterKey = text.slice(
        key.range[1],
        lineEnd < 0 ? undefined : lineEnd,
      );
      if (!/^[ \t]*:[ \t]+#/.test(afterKey)) return;
      const [first, ...rest] = value.commentBefore.split('\n');
      key.comment = first;
      value.commentBefore = rest.length ? rest.join('\n') : undefined;
    },
  });
}

function quoted(doc: Document, value: string): Scalar {
  const node = doc.createNode(value) as Scalar;
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** Inserts `key: value` after the first of `after` present in `map`, else at the end. */
function insertAfter(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  after: string[],
) {
  const pair = doc.createPair(key, value);
  const anchor = after
    .map(k => map.items.findIndex(p => isScalar(p.key) && p.key.value === k))
    .find(i => i >= 0);
  map.items.splice(
    anchor === undefined ? map.items.length : anchor + 1,
    0,
    pair,
  );
}

/**
 * Adds hosts and `hasSecrets: true` to an existing app's HelmRelease through the
 * document API: comments, order and quoting of the rest stay as they are. A missing
 * `hosts` goes after `environment` (as in example-app), `hasSecrets` first in `values`
 * (as in chore-score-bot).
 */
export function editRelease(
  o: FluxAppChartOptions,
  path: string,
  text: string,
  edit: ReleaseEdit,
): string {
  const doc = parseForEdit(path, text);
  keepKeyLineComments(doc, text);
  let values = chartValues(o, path, doc);
  if (!values) {
    doc.setIn(['spec', 'values'], doc.createNode({}));
    values = doc.getIn(['spec', 'values'], true) as YAMLMap;
  }
  if (edit.hosts.length) {
    let hosts = hostList(path, values);
    if (!hosts) {
      if (values.has('hosts')) values.set('hosts', doc.createNode([]));
      else
        insertAfter(
          doc,
          values,
          'hosts',
          [],
          ['environment', 'exposedPort', 'image'],
        );
      hosts = values.get('hosts', true) as unknown as YAMLSeq;
    }
    hosts.flow = false;
    for (const host of edit.hosts) hosts.items.push(quoted(doc, host));
  }
  if (edit.hasSecrets) {
    const current = values.get('hasSecrets', true);
    if (isScalar(current)) current.value = true;
    else values.items.unshift(doc.createPair('hasSecrets', true));
  }
  return documentToYaml(doc);
}
