import { getIn, isRecord, walk } from '../../k8s';
import { helmReleases } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';

const PERSISTENCE_KEY = /^(persistence|persistentVolume|dataStorage|primaryPersistence)$/i;
const CLAIM_KEYS = ['existingClaim', 'existingClaimName', 'volumeName', 'persistentVolumeClaimName', 'claimName'];
const POSTGRES_KEY = /^(postgresql|postgres|postgresql-ha|postgresqlHA)$/;

/** Volume types of app-template style persistence that are no claim the chart creates. */
const PVC_TYPES = new Set(['persistentVolumeClaim', 'pvc']);
const OTHER_SOURCES = ['emptyDir', 'nfs', 'hostPath', 'configMap', 'secret', 'server', 'image'];

/** Whether a persistence entry is backed by something other than a claim of its own (emptyDir, NFS, configMap, secret, hostPath). */
function notAClaim(v: Record<string, unknown>): boolean {
  if (typeof v.type === 'string') return !PVC_TYPES.has(v.type);
  return OTHER_SOURCES.some(k => v[k] !== undefined && v[k] !== false);
}

/** Whether a chart value sits under a sub-chart or feature that is switched off. */
function disabled(parents: unknown[]): boolean {
  return parents.some(p => isRecord(p) && p.enabled === false);
}

/** L08: Helm values do not let the chart create its own PVCs. */
export const bundledPvc: FluxLvmRule = {
  ...doc(
    'bundled-pvc',
    'error',
    'L08',
    '"Do not use bundled PVCs, bring our own one or at least configure chart to bind it to manually created PersistentVolume."',
  ),
  title: "Charts do not create their own PVCs",
  description:
    "In a HelmRelease's values, a persistence block (persistence, persistentVolume, dataStorage, at any depth and for any sub-chart that is enabled) that is enabled names an existing claim (existingClaim, persistentVolumeClaimName, claimName) or a volumeName; otherwise the chart creates a PVC the storage class provisions on its own. Entries of another type (emptyDir, nfs, configMap, secret, hostPath, image, custom: app-template's type, or an nfs/hostPath/emptyDir block) are no claim and not judged.",
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const d of helmReleases(index)) {
      walk(getIn(d.value, ['spec', 'values']), (v, path, parents) => {
        if (!isRecord(v) || v.enabled !== true || disabled(parents)) return;
        const underPersistence = path.some(p => typeof p === 'string' && PERSISTENCE_KEY.test(p));
        if (!underPersistence || Object.keys(v).some(k => CLAIM_KEYS.includes(k) && v[k])) return;
        if (notAClaim(v)) return;
        if (Object.values(v).some(child => isRecord(child) && child.enabled !== undefined)) return; // a group of volumes
        const full = ['spec', 'values', ...path];
        out.push(
          at(
            d,
            full,
            `values.${path.join('.')} of ${d.label} lets the chart create its own PVC${typeof v.storageClass === 'string' ? ` on ${v.storageClass}` : ''}`,
            `Create the LVMVolume, PersistentVolume and PVC by hand and point values.${path.join('.')} at the claim (existingClaim or the chart's equivalent), or disable it.`,
          ),
        );
      });
    }
    return out;
  },
};

/** L08: Helm values do not enable a bundled PostgreSQL. */
export const bundledPostgres: FluxLvmRule = {
  ...doc(
    'bundled-postgres',
    'error',
    'L08',
    '"Do not use bundled Postgres database unless the chart is using CloudNativePG\'s Cluster resource, bring our own one using Postgres operator."',
  ),
  title: 'Charts do not bring their own PostgreSQL',
  description:
    "In a HelmRelease's values, postgresql / postgresql-ha (the bundled database sub-charts) is not enabled: the app gets a CloudNativePG Cluster of its own instead.",
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const d of helmReleases(index)) {
      walk(getIn(d.value, ['spec', 'values']), (v, path, parents) => {
        const key = path[path.length - 1];
        if (typeof key !== 'string' || !POSTGRES_KEY.test(key) || !isRecord(v) || v.enabled !== true || disabled(parents)) return;
        out.push(
          at(
            d,
            ['spec', 'values', ...path, 'enabled'],
            `values.${path.join('.')}.enabled of ${d.label} installs the chart's bundled PostgreSQL`,
            `Set values.${path.join('.')}.enabled: false and give the app a CloudNativePG Cluster (a postgres spec).`,
          ),
        );
      });
    }
    return out;
  },
};
