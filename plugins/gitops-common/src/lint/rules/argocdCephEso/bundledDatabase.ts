import { isRecord, walk } from '../../k8s';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { ArgoRule, doc } from './common';
import { argoHelmValues } from './helmValues';

const BUNDLED = /^(postgresql|postgresql-ha|postgres|redis|valkey|mariadb|mysql|mongodb)$/;

/** L37: charts use the platform's databases, not their bundled ones. */
export const bundledDatabase: ArgoRule = {
  ...doc('bundled-database', 'warning', 'L37', 'Helm charts disable bundled DB/Redis (postgresql.enabled=false, redis.enabled=false) and use platform services.'),
  title: 'Charts do not bring their own database or cache',
  description: "In the Helm values of an Argo CD Application (valuesObject or a value file of the repository), the bundled postgresql, redis, valkey, mariadb, mysql or mongodb sub-chart is not enabled: apps use the shared CloudNativePG and Valkey clusters.",
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const { doc: d, path: base, values } of argoHelmValues(index)) {
      walk(values, (v, path, parents) => {
        const key = path[path.length - 1];
        if (typeof key !== 'string' || !BUNDLED.test(key) || !isRecord(v) || v.enabled !== true) return;
        if (parents.some(p => isRecord(p) && p.enabled === false)) return;
        out.push(at(d, [...base, ...path, 'enabled'], `Helm values ${path.join('.')}.enabled install the chart's bundled ${key}`, `Set ${path.join('.')}.enabled: false and point the app at the shared ${key.startsWith('postgres') ? 'CloudNativePG cluster of its domain' : 'service'} (a postgres or redis spec).`));
      });
    }
    return out;
  },
};
