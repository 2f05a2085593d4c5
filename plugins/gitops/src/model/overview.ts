import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
} from '../annotations';
import { DeliveryStatus, LiveState } from './types';

/** One service of the overview, read from its catalog entity. */
export interface ServiceRow {
  entityRef: string;
  name: string;
  namespace: string;
  title?: string;
  repository: string;
  owner?: string;
  kubernetesId: string;
  kubernetesNamespace?: string;
  findings: { error: number; warning: number; info: number; total: number };
  /** Lower-cased text the search box matches. */
  text: string;
}

function countFindings(raw: string | undefined) {
  const counts = { error: 0, warning: 0, info: 0, total: 0 };
  if (!raw) return counts;
  try {
    const findings = JSON.parse(raw);
    if (!Array.isArray(findings)) return counts;
    for (const f of findings) {
      const severity = f?.severity as 'error' | 'warning' | 'info';
      if (severity in counts) counts[severity]++;
      counts.total++;
    }
  } catch {
    // an unreadable annotation counts no finding; the service's page says why
  }
  return counts;
}

/** The overview's row of a service entity. */
export function serviceRowOf(entity: Entity): ServiceRow {
  const a = entity.metadata.annotations ?? {};
  const owner =
    typeof entity.spec?.owner === 'string' ? entity.spec.owner : undefined;
  const kubernetesId = a[KUBERNETES_ID_ANNOTATION] ?? entity.metadata.name;
  const row = {
    entityRef: stringifyEntityRef(entity),
    name: entity.metadata.name,
    namespace: entity.metadata.namespace ?? 'default',
    title: entity.metadata.title,
    repository: a[ANNOTATIONS.repository],
    owner,
    kubernetesId,
    kubernetesNamespace: a[KUBERNETES_NAMESPACE_ANNOTATION],
    findings: countFindings(a[ANNOTATIONS.findings]),
  };
  return {
    ...row,
    text: [
      row.name,
      row.title,
      row.repository,
      row.owner,
      row.kubernetesId,
      row.kubernetesNamespace,
    ]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase('en-US'),
  };
}

/** A service's delivery in the overview: the worst state of its delivery objects. */
export interface DeliverySummary {
  state: LiveState | 'none';
  objects: DeliveryStatus[];
  /** The message of the worst object. */
  message?: string;
}

const SEVERITY: Record<LiveState, number> = {
  failing: 0,
  progressing: 1,
  suspended: 2,
  unknown: 3,
  ready: 4,
};

export function summarizeDelivery(
  objects: DeliveryStatus[] | undefined,
): DeliverySummary {
  if (!objects?.length) return { state: 'none', objects: [] };
  const worst = [...objects].sort(
    (a, b) => SEVERITY[a.state] - SEVERITY[b.state],
  )[0];
  return { state: worst.state, objects, message: worst.message };
}

export interface OverviewFilter {
  query: string;
  repository?: string;
  owner?: string;
  delivery?: LiveState | 'none';
  withFindings: boolean;
}

export type SortKey = 'name' | 'owner' | 'delivery' | 'findings' | 'repository';

export interface OverviewRow extends ServiceRow {
  delivery: DeliverySummary;
}

/** Filters and sorts the overview's rows; linear in the number of rows. */
export function filterRows(
  rows: OverviewRow[],
  filter: OverviewFilter,
  sort: { key: SortKey; direction: 'asc' | 'desc' },
): OverviewRow[] {
  const terms = filter.query
    .toLocaleLowerCase('en-US')
    .split(/\s+/)
    .filter(Boolean);
  const out = rows.filter(
    r =>
      (!filter.repository || r.repository === filter.repository) &&
      (!filter.owner || r.owner === filter.owner) &&
      (!filter.delivery || r.delivery.state === filter.delivery) &&
      (!filter.withFindings || r.findings.total > 0) &&
      terms.every(t => r.text.includes(t)),
  );
  const rank = (r: OverviewRow) =>
    r.delivery.state === 'none' ? 5 : SEVERITY[r.delivery.state];
  const compare: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
    name: (a, b) => a.name.localeCompare(b.name),
    owner: (a, b) =>
      (a.owner ?? '').localeCompare(b.owner ?? '') ||
      a.name.localeCompare(b.name),
    repository: (a, b) =>
      a.repository.localeCompare(b.repository) || a.name.localeCompare(b.name),
    delivery: (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name),
    findings: (a, b) =>
      b.findings.error - a.findings.error ||
      b.findings.total - a.findings.total ||
      a.name.localeCompare(b.name),
  };
  out.sort(compare[sort.key]);
  if (sort.direction === 'desc') out.reverse();
  return out;
}
