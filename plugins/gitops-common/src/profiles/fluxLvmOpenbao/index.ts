import { ConflictError, NotFoundError } from '@backstage/errors';
import { parse } from 'yaml';
import { AppPlan, describeWiring } from '../../render/appPlan';
import { catalogInfoYaml } from '../../render/catalogInfo';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { listAddedResources } from '../../render/kustomizations';
import { wireExistingWorkload } from '../../render/wireWorkload';
import { namespaceObject } from '../../render/objects';
import { WorkloadSpec } from '../../specs';
import { repoPath } from '../../tree/paths';
import { documentsToYaml, objectToDocument } from '../../yaml/documents';
import { addKustomizationResources } from '../../yaml/kustomization';
import { Profile } from '../types';
import { writeIngress, writeLoadBalancer } from './exposure';
import { helmReleaseDocuments } from './helmRelease';
import { FluxLvmOpenbaoOptions, fluxLvmOpenbaoOptions } from './options';
import { writePostgres } from './postgres';
import { writeValkey } from './redis';
import { writeVaultSecret } from './secret';
import { writeAppVolume } from './storage';
import { addConfigPatchToMakefile, podSecurityExemptionPatch } from './talos';
import { gpuAccess, gpuObjects, imageAppObjects } from './workloads';

export const FLUX_LVM_OPENBAO = 'flux-lvm-openbao';

function existingPlan(b: ChangeSetBuilder, o: FluxLvmOpenbaoOptions, app: string): AppPlan {
  const folder = repoPath(o.appsDir, app);
  if (!b.tree.exists(folder)) {
    throw new NotFoundError(
      `App '${app}' does not exist (no ${folder}/): create the app first, or add it to the same request`,
    );
  }
  const nsText = b.tree.read(repoPath(folder, 'namespace.yaml'));
  const namespace = (nsText && (parse(nsText) as { metadata?: { name?: string } } | null)?.metadata?.name) || app;
  return { name: app, namespace, folder, env: [], envFrom: [], volumes: [] };
}

function writeNewApp(b: ChangeSetBuilder, o: FluxLvmOpenbaoOptions, plan: AppPlan) {
  const w = plan.workload!;
  let docs;
  if (w.kind === 'gpu') {
    docs = gpuObjects(plan, w, gpuAccess(w)).map(obj => objectToDocument(obj));
  } else if (w.source.type === 'helm') {
    docs = helmReleaseDocuments({ app: w.name, namespace: plan.namespace, source: w.source, renovate: o.updateBot === 'renovate' });
  } else {
    docs = imageAppObjects(plan, w.source).map(obj => objectToDocument(obj));
  }
  const file = w.kind === 'app' && w.source.type === 'helm' ? 'release.yaml' : 'deployment.yaml';
  b.add(repoPath(plan.folder, file), documentsToYaml(docs));
  if (w.kind === 'app' && w.source.type === 'helm') {
    const wiring = describeWiring(plan);
    if (wiring.length) {
      b.step({
        id: `wire:${w.name}`,
        app: w.name,
        owner: 'developer',
        title: `Point the ${w.source.chart} chart's values at what was created for it`,
        detail: `In ${plan.folder}/release.yaml: ${wiring.join('; ')}. Disable the chart's bundled PVCs and database.`,
        check: { kind: 'manual', how: `The values in ${plan.folder}/release.yaml name what this change created and the pods mount and read it.` },
      });
    }
  }
}

function writeTalosExemption(b: ChangeSetBuilder, o: FluxLvmOpenbaoOptions, plan: AppPlan) {
  const patch = repoPath(o.talos.patchesDir, `${plan.name}.patch`);
  b.add(
    patch,
    documentsToYaml([
      objectToDocument(podSecurityExemptionPatch(plan.namespace), {
        header: `Allows privileged pods (GPU devices) in namespace ${plan.namespace}`,
      }),
    ]).replace(/^---\n/, ''),
  );
  b.edit(o.talos.makefile, text => addConfigPatchToMakefile(o.talos.makefile, text, o.talos.target, patch));
  b.step({
    id: `talos:${plan.namespace}`,
    app: plan.name,
    owner: 'operator',
    title: `Apply the Talos config that exempts namespace ${plan.namespace} from PodSecurity`,
    detail: `Run make ${o.talos.target} and apply the generated config to the node (${o.nodeName}); until then privileged pods in ${plan.namespace} are refused.`,
    check: { kind: 'manual', how: `The privileged pods of namespace ${plan.namespace} start; kubectl -n ${plan.namespace} get events shows no PodSecurity refusal.` },
  });
}

/**
 * The `flux-lvm-openbao` profile: seed 000 to the letter.
 *
 * @public
 */
export function createFluxLvmOpenbaoProfile(options: unknown = {}): Profile {
  const o = fluxLvmOpenbaoOptions.parse(options);
  return {
    id: FLUX_LVM_OPENBAO,
    title: 'Flux + OpenEBS LVM + OpenBao (seed 000)',
    engine: 'flux',
    supports: ['app', 'gpu', 'postgres', 'redis', 'volume', 'secret', 'http', 'tcp'],
    appsDir: o.appsDir,
    defaults: { domain: o.domain },
    render(specs: WorkloadSpec[], b: ChangeSetBuilder) {
      const plans = new Map<string, AppPlan>();
      const plan = (app: string) => {
        let p = plans.get(app);
        if (!p) plans.set(app, (p = existingPlan(b, o, app)));
        return p;
      };
      for (const spec of specs) {
        switch (spec.kind) {
          case 'app':
          case 'gpu': {
            const folder = repoPath(o.appsDir, spec.name);
            if (b.exists(folder)) {
              throw new ConflictError(`App '${spec.name}' already exists (${folder}/)`);
            }
            const namespace = spec.namespace ?? spec.name;
            const p: AppPlan = { name: spec.name, namespace, folder, workload: spec, env: [], envFrom: [], volumes: [] };
            plans.set(spec.name, p);
            b.add(repoPath(folder, 'namespace.yaml'), documentsToYaml([objectToDocument(namespaceObject(namespace))]));
            b.add(
              repoPath(folder, 'catalog-info.yaml'),
              catalogInfoYaml({
                name: spec.name,
                namespace,
                owner: spec.owner ?? 'group:default/platform',
                type: spec.kind === 'gpu' ? 'gpu-workload' : 'service',
                description: spec.description,
              }),
            );
            if (spec.kind === 'gpu' && spec.modelVolume) {
              const claimName = writeAppVolume(b, o, { app: spec.name, namespace, folder, purpose: 'models', size: spec.modelVolume.size, fast: true });
              p.volumes.push({ name: 'models', claimName, mountPath: spec.modelVolume.mountPath });
            }
            if (spec.kind === 'gpu' && gpuAccess(spec) === 'privileged') {
              writeTalosExemption(b, o, p);
            }
            break;
          }
          case 'postgres':
            writePostgres(b, o, spec, plan(spec.app));
            break;
          case 'redis':
            writeValkey(b, o, spec, plan(spec.app));
            break;
          case 'volume': {
            const p = plan(spec.app);
            const claimName = writeAppVolume(b, o, { app: spec.app, namespace: p.namespace, folder: p.folder, purpose: spec.purpose, size: spec.size, fast: spec.class === 'fast' });
            p.volumes.push({ name: spec.purpose, claimName, mountPath: spec.mountPath });
            break;
          }
          case 'secret':
            writeVaultSecret(b, o, spec, plan(spec.app));
            break;
          case 'http':
            writeIngress(b, o, spec, plan(spec.app));
            break;
          case 'tcp':
            writeLoadBalancer(b, o, spec, plan(spec.app));
            break;
          default:
            throw new Error(`unreachable: ${(spec as WorkloadSpec).kind}`);
        }
      }
      for (const p of plans.values()) {
        if (p.workload) writeNewApp(b, o, p);
        else {
          const wiring = describeWiring(p).length ? wireExistingWorkload(b, p) : [];
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
        listAddedResources(b, p.folder);
      }
      const newApps = [...plans.values()].filter(p => p.workload).map(p => p.name);
      if (newApps.length) {
        const registry = repoPath(o.appsDir, 'kustomization.yaml');
        if (!b.exists(registry)) {
          throw new NotFoundError(`${registry} does not exist: is this repository laid out as ${FLUX_LVM_OPENBAO} expects?`);
        }
        b.edit(registry, text => addKustomizationResources(registry, text, newApps));
      }
    },
  };
}
