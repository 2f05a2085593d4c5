/**
 * Scoring of the reader against the hand-written ground truth of
 * ../shared/corpus/README.md. Each row names an app and what the table says about it;
 * every stated fact must be found exactly.
 */
import { corpusDir, fixtureCorpusDir } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { imageName } from '../images';
import { readRepository } from '../readRepository';
import {
  RepositoryModel,
  ServiceDatabaseKind,
  ServiceModel,
  ServiceWorkloadKind,
} from '../types';

export interface TruthRow {
  /** Service id the reader must report. */
  app: string;
  /** The namespace the workload lands in. */
  namespace: string;
  /** Workloads the table names (kind and name). */
  workloads?: Array<{ kind: ServiceWorkloadKind; name: string }>;
  /** Images as `repository:tag` (digest aside). */
  images?: string[];
  /** The table lists only some of the images (`e.g.`): found extra images are not judged. */
  someImages?: boolean;
  /** Charts of the app's releases (every release the table names). */
  charts?: Array<{ name: string; version?: string }>;
  /** Every host the table lists; `[]` when it says none. */
  hosts?: string[];
  database?: {
    kind: ServiceDatabaseKind;
    name: string;
    namespace?: string;
    image?: string;
  };
}

export interface Score {
  rows: number;
  found: number;
  recall: number;
  /** Correct / judged attributes the reader reports for the table's apps. */
  precision: number;
  judged: number;
  /** `app: what is missing or wrong`, one line per problem. */
  misses: string[];
  /** `app: attribute reported but not in the table`. */
  extras: string[];
}

function images(service: ServiceModel): string[] {
  return service.workloads.flatMap(w => w.images.map(imageName));
}

/** Scores a repository model against its table. */
export function scoreAgainstTruth(
  model: RepositoryModel,
  rows: TruthRow[],
): Score {
  const misses: string[] = [];
  const extras: string[] = [];
  let found = 0;
  let judged = 0;
  let correct = 0;
  const judge = (ok: boolean, app: string, what: string) => {
    judged++;
    if (ok) correct++;
    else extras.push(`${app}: ${what}`);
  };
  for (const row of rows) {
    const service = model.services.find(s => s.id === row.app);
    const before = misses.length;
    const miss = (what: string) => misses.push(`${row.app}: ${what}`);
    if (!service) {
      miss('no such service');
      continue;
    }
    if (service.namespace !== row.namespace)
      miss(`namespace ${service.namespace} instead of ${row.namespace}`);
    judge(
      service.namespace === row.namespace,
      row.app,
      `namespace ${service.namespace}`,
    );
    for (const w of row.workloads ?? []) {
      if (!service.workloads.some(f => f.kind === w.kind && f.name === w.name))
        miss(`workload ${w.kind}/${w.name} not found`);
    }
    if (row.workloads) {
      for (const f of service.workloads) {
        judge(
          row.workloads.some(w => w.kind === f.kind && w.name === f.name),
          row.app,
          `workload ${f.kind}/${f.name}`,
        );
      }
    }
    const found_images = images(service);
    for (const image of row.images ?? []) {
      if (!found_images.includes(image))
        miss(
          `image ${image} not found (found ${
            found_images.join(', ') || 'none'
          })`,
        );
    }
    if (row.images && !row.someImages) {
      for (const image of found_images)
        judge(row.images.includes(image), row.app, `image ${image}`);
    }
    if (row.charts) {
      const charts = service.workloads.flatMap(w =>
        w.chart ? [w.chart, ...(w.chart.dependencies ?? [])] : [],
      );
      const same = (
        c: { name: string; version?: string },
        t: { name: string; version?: string },
      ) =>
        c.name === t.name &&
        (t.version === undefined || c.version === t.version);
      for (const t of row.charts) {
        if (!charts.some(c => same(c, t))) {
          miss(
            `chart ${t.name} ${t.version ?? ''} not found (found ${
              charts.map(c => `${c.name} ${c.version ?? ''}`).join(', ') ||
              'none'
            })`,
          );
        }
      }
      for (const c of charts)
        judge(
          row.charts.some(t => same(c, t)),
          row.app,
          `chart ${c.name} ${c.version ?? ''}`,
        );
    }
    if (row.hosts) {
      const hosts = [...new Set(service.hosts.map(h => h.host))];
      for (const host of row.hosts)
        if (!hosts.includes(host)) miss(`host ${host} not found`);
      for (const host of hosts)
        judge(row.hosts.includes(host), row.app, `host ${host}`);
    }
    if (row.database) {
      const db = row.database;
      const match = service.databases.find(
        d =>
          d.kind === db.kind &&
          d.name === db.name &&
          (db.namespace === undefined || d.namespace === db.namespace) &&
          (db.image === undefined || d.image === db.image),
      );
      if (!match) miss(`database ${db.kind} ${db.name} not found`);
      judge(match !== undefined, row.app, `database ${db.kind} ${db.name}`);
    }
    if (misses.length === before) found++;
  }
  return {
    rows: rows.length,
    found,
    recall: rows.length ? found / rows.length : 1,
    precision: judged ? correct / judged : 1,
    judged,
    misses,
    extras,
  };
}

/** A row for one chart release: its workload (HelmRelease, Application, HelmChart), chart and hosts. */
export function chartRow(
  app: string,
  namespace: string,
  workload: { kind: ServiceWorkloadKind; name: string },
  chart: { name: string; version?: string },
  hosts?: string[],
): TruthRow {
  return {
    app,
    namespace,
    workloads: [workload],
    charts: [chart],
    ...(hosts ? { hosts } : {}),
  };
}

/**
 * Scores a model against its rows, prints the score (the misses listed), and expects
 * every row found with nothing reported beyond the rows.
 */
export function expectAllRows(
  repo: string,
  model: RepositoryModel,
  rows: TruthRow[],
  ms: number,
) {
  const score = scoreAgainstTruth(model, rows);
  // eslint-disable-next-line no-console
  console.log(formatScore(repo, score, ms));
  expect(score.misses).toEqual([]);
  expect(score.recall).toBe(1);
  expect(score.extras).toEqual([]);
}

/** One line for the test output. */
export function formatScore(repo: string, score: Score, ms: number): string {
  return [
    `${repo}: recall ${score.found}/${score.rows} = ${score.recall.toFixed(
      3,
    )}, precision ${score.precision.toFixed(3)} (${
      score.judged
    } attributes), read in ${ms} ms`,
    ...score.misses.map(m => `  miss: ${m}`),
    ...score.extras.map(m => `  not in table: ${m}`),
  ].join('\n');
}

/**
 * Reads a corpus repository once, timing the read, with a lookup of its services:
 * one of ../shared/corpus, or with `own` one of this project's `__fixtures__/corpus`.
 */
export function readCorpus(name: string, own = false) {
  const tree = readTreeSync(own ? fixtureCorpusDir(name) : corpusDir(name));
  const started = performance.now();
  const model = readRepository(tree);
  const ms = Math.round(performance.now() - started);
  const service = (id: string) => model.services.find(s => s.id === id)!;
  return { tree, model, ms, service };
}
