import { RawFinding } from '../../types';
import { at, isUnder } from '../helpers';
import { ArgoRule, doc } from './common';

/** L38: Postgres clusters are shared platform services, not per-app. */
export const appDatabaseCluster: ArgoRule = {
  ...doc('app-database-cluster', 'warning', 'L38', '"Don\'t create 5 separate Postgres instances": clusters belong in platform/base/data/data-definitions/postgres/pg-*.'),
  title: 'No per-app Postgres clusters',
  description: "A CloudNativePG Cluster under the apps root is a per-app database: apps join the shared pg-<group> cluster of their domain instead.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const c of index.objects('Cluster')) {
      if (!c.apiVersion?.startsWith('postgresql.cnpg.io/') || !isUnder(c.file, options.appsRoot)) continue;
      out.push(at(c, ['metadata', 'name'], `Cluster ${c.name} is a Postgres cluster of its own in an app folder`, `Use a database in the shared cluster of the domain (${Object.values(options.postgres.clusters).join(', ')}) under ${options.postgres.dir}/ (a postgres spec).`));
    }
    return out;
  },
};
