import { ChartFacts, ChartObjectName } from './types';

type Values = Record<string, unknown>;

function lookup(values: Values, path: readonly string[]): { found: boolean; value?: unknown } {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !(key in node)) {
      return { found: false };
    }
    node = (node as Values)[key];
  }
  return { found: true, value: node };
}

/** A release's value at `path`: the spec's values over the chart's default. */
function override<T>(values: Values, path: readonly string[] | undefined, fallback: T, accept: (v: unknown) => v is T): T {
  if (!path) return fallback;
  const { found, value } = lookup(values, path);
  return found && accept(value) ? value : fallback;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isPort = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) < 65536;

/** Helm's `trunc 63 | trimSuffix "-"`. */
function trunc63(name: string): string {
  return name.slice(0, 63).replace(/-$/, '');
}

/**
 * The release's fullname under Helm's conventional helper, with the spec's
 * `fullnameOverride`/`nameOverride` over the chart's; undefined when the chart's helper
 * is not the conventional one.
 *
 * @public
 */
export function chartFullname(facts: ChartFacts, release: string, values: Values): string | undefined {
  if (!facts.fullname) return undefined;
  const fullnameOverride = override(values, ['fullnameOverride'], facts.fullname.fullnameOverride ?? '', isString);
  if (fullnameOverride) return trunc63(fullnameOverride);
  const name = override(values, ['nameOverride'], facts.fullname.nameOverride ?? '', isString) || facts.chart;
  return trunc63(release.includes(name) ? release : `${release}-${name}`);
}

function objectName(name: ChartObjectName, fullname: string | undefined): string | undefined {
  if ('literal' in name) return name.literal;
  return fullname === undefined ? undefined : `${fullname}${name.fullnameSuffix}`;
}

/**
 * The chart's HTTP Service for a release with the spec's values: its name and port, or
 * undefined when the facts do not decide it.
 *
 * @public
 */
export function chartHttpService(
  facts: ChartFacts,
  release: string,
  values: Values,
): { name: string; port: number } | undefined {
  const service = facts.httpService;
  if (!service) return undefined;
  const name = objectName(service.name, chartFullname(facts, release, values));
  if (name === undefined) return undefined;
  return { name, port: override(values, service.portPath, service.port, isPort) };
}

/**
 * The ServiceAccount the chart creates for a release with the spec's values: `created:
 * false` when it creates none, undefined when the facts do not decide it.
 *
 * @public
 */
export function chartServiceAccount(
  facts: ChartFacts,
  release: string,
  values: Values,
): { created: false } | { created: true; name: string } | undefined {
  const account = facts.serviceAccount;
  if (!account) return undefined;
  if (!override(values, account.createPath, account.created, isBoolean)) return { created: false };
  const named = override(values, account.namePath, '', isString);
  const name = named || (account.name && objectName(account.name, chartFullname(facts, release, values)));
  return name ? { created: true, name } : undefined;
}
