import { NotFoundError } from '@backstage/errors';
import { parseDocument } from 'yaml';
import { catalogInfoYaml } from '../../render/catalogInfo';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { AppSpec, GpuSpec, WorkloadSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { documentToYaml } from '../../yaml/documents';
import { Profile } from '../types';
import { applicationFileName, applicationObject, helmValues } from './application';
import { AddressAllocator, writeIngress, writeLoadBalancer } from './exposure';
import { yamlFile } from './files';
import { writeAppKustomization, listInFolderKustomization } from './kustomization';
import { checkDomain, checkNewApp, existingPlan } from './layout';
import { ArgocdCephEsoOptions, argocdCephEsoOptions } from './options';
import { ArgoAppPlan, describeArgoWiring, newPlan } from './plan';
import { writePostgres } from './postgres';
import { writeRedis } from './redis';
import { writeSecret } from './secret';
import { writeVolume } from './storage';
import { gpuAppFiles, imageAppFiles } from './workloads';

export const ARGOCD_CEPH_ESO = 'argocd-ceph-eso';

/**
 * The app's `catalog-info.yaml`. A Helm chart's objects do not carry the
 * `backstage.io/kubernetes-id` label (Argo CD cannot add labels to a chart source), so
 * the Kubernetes plugin finds them by the chart's standard instance label instead.
 */
function catalogInfo(spec: AppSpec | GpuSpec, namespace: string): string {
  const text = catalogInfoYaml({
    name: spec.name,
    namespace,
    owner: spec.owner ?? 'group:default/platform',
    type: spec.kind === 'gpu' ? 'gpu-workload' : 'service',
    description: spec.description,
  });
  if (spec.kind !== 'app' || spec.source.type !== 'helm') return text;
  const doc = parseDocument(text);
  doc.setIn(
    ['metadata', 'annotations', 'backstage.io/kubernetes-label-selector'],
    `app.kubernetes.io/instance=${spec.name}`,
  );
  return documentToYaml(doc);
}

/** Writes a new app's workload files, its Application and (Helm) its values. */
function writeNewApp(b: ChangeSetBuilder, o: ArgocdCephEsoOptions, plan: ArgoAppPlan) {
  const w = plan.workload!;
  const helm = w.kind === 'app' && w.source.type === 'helm' ? w.source : undefined;
  if (w.kind === 'gpu') {
    for (const f of gpuAppFiles(o, plan, w)) b.add(repoPath(plan.folder, f.file), yamlFile(f.object));
  } else if (w.source.type === 'image') {
    for (const f of imageAppFiles(o, plan, w.source)) b.add(repoPath(plan.folder, f.file), yamlFile(f.object));
  } else {
    b.add(
      repoPath(plan.folder, 'values.yaml'),
      yamlFile(helmValues(w.name, w.source, plan.attached), `${plan.folder}/values.yaml\n Chart: ${w.source.chart} ${w.source.version}`),
    );
    const wiring = describeArgoWiring(plan);
    if (wiring.length) {
      b.step({
        id: `wire:${w.name}`,
        app: w.name,
        owner: 'developer',
        title: `Point the ${w.source.chart} chart's values at what was created for it`,
        detail: `In ${plan.folder}/values.yaml: ${wiring.join('; ')}.`,
        check: { kind: 'manual', how: `The values in ${plan.folder}/values.yaml name what this change created and the pods mount and read it.` },
      });
    }
  }
  b.add(
    repoPath(o.argocd.appsDir, applicationFileName(w.name)),
    yamlFile(applicationObject(o, { name: w.name, namespace: plan.namespace, folder: plan.folder, helm })),
  );
}

/**
 * The `argocd-ceph-eso` profile: seed 003 as its public repository
 * (rrumana/k8s-homelab-2) does it. Apps live in `cluster/apps/<domain>/<app>/` as raw
 * manifests under kustomize, each with one Argo CD Application; namespaces, ingresses
 * and Postgres clusters are central; secrets come from Vault through External Secrets;
 * volumes from Rook-Ceph.
 *
 * @public
 */
export function createArgocdCephEsoProfile(options: unknown = {}): Profile {
  const o = argocdCephEsoOptions.parse(options);
  return {
    id: ARGOCD_CEPH_ESO,
    title: 'Argo CD + Rook-Ceph + External Secrets (seed 003)',
    engine: 'argocd',
    supports: ['app', 'gpu', 'postgres', 'redis', 'volume', 'secret', 'http', 'tcp'],
    appsDir: o.appsRoot,
    defaults: { domain: o.ingress.domain, namespace: o.defaultDomain },
    render(specs: WorkloadSpec[], b: ChangeSetBuilder) {
      const plans = new Map<string, ArgoAppPlan>();
      const plan = (app: string) => {
        let p = plans.get(app);
        if (!p) plans.set(app, (p = existingPlan(b, o, app)));
        return p;
      };
      const addresses = new AddressAllocator(b, o);
      for (const spec of specs) {
        switch (spec.kind) {
          case 'app':
          case 'gpu': {
            const domain = spec.namespace ?? o.defaultDomain;
            checkDomain(b, o, domain);
            checkNewApp(b, o, spec.name);
            if (!b.tree.exists(o.argocd.appsDir)) {
              throw new NotFoundError(
                `${o.argocd.appsDir} does not exist: is this repository laid out as ${ARGOCD_CEPH_ESO} expects?`,
              );
            }
            const folder = repoPath(o.appsRoot, domain, spec.name);
            const p = newPlan({ name: spec.name, namespace: domain, folder, workload: spec });
            plans.set(spec.name, p);
            b.add(repoPath(folder, 'catalog-info.yaml'), catalogInfo(spec, domain));
            if (spec.kind === 'gpu' && spec.modelVolume) {
              // Models are bulk data shared by workers: CephFS, as llama-models-cache.
              writeVolume(b, o, p, { purpose: 'models', size: spec.modelVolume.size, fast: false, mountPath: spec.modelVolume.mountPath });
            }
            break;
          }
          case 'postgres':
            writePostgres(b, o, spec, plan(spec.app));
            break;
          case 'redis':
            writeRedis(b, o, spec, plan(spec.app));
            break;
          case 'volume':
            writeVolume(b, o, plan(spec.app), { purpose: spec.purpose, size: spec.size, fast: spec.class === 'fast', mountPath: spec.mountPath });
            break;
          case 'secret':
            writeSecret(b, o, spec, plan(spec.app));
            break;
          case 'http':
            writeIngress(b, o, spec, plan(spec.app));
            break;
          case 'tcp':
            writeLoadBalancer(b, o, spec, plan(spec.app), addresses);
            break;
          default:
            throw new Error(`unreachable: ${(spec as WorkloadSpec).kind}`);
        }
      }
      for (const p of plans.values()) {
        if (p.workload) writeNewApp(b, o, p);
        else {
          const wiring = describeArgoWiring(p);
          if (wiring.length) {
            b.step({
              id: `wire:${p.name}`,
              app: p.name,
              owner: 'developer',
              title: `Wire ${p.name}'s workload to what was created for it`,
              detail: `In ${p.folder}/: ${wiring.join('; ')}.`,
              check: { kind: 'manual', how: `The manifests in ${p.folder}/ name what this change created and the pods mount and read it.` },
            });
          }
        }
        writeAppKustomization(b, p);
      }
      listInFolderKustomization(b, o.ingress.dir);
      listInFolderKustomization(b, o.argocd.appsDir);
      for (const folder of b.foldersWithAdditions()) {
        if (folder.startsWith(`${o.postgres.dir}/`)) listInFolderKustomization(b, folder);
      }
    },
  };
}
