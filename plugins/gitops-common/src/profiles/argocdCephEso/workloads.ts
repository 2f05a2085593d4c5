import { InputError } from '@backstage/errors';
import { planVolumes } from '../../render/appPlan';
import {
  ContainerPlan,
  deploymentObject,
  httpProbe,
  KUBERNETES_ID_LABEL,
  serviceObject,
} from '../../render/objects';
import { GpuSpec, ImageSource } from '../../specs';
import { YamlObject } from '../../yaml/documents';
import { setValueAt } from '../../render/objectPath';
import { ArgocdCephEsoOptions } from './options';
import { ArgoAppPlan } from './plan';

/** One file of an app folder and the object it holds. */
export interface AppFile {
  file: string;
  object: YamlObject;
}

function labels(app: string) {
  return { [KUBERNETES_ID_LABEL]: app };
}

/** The app's ServiceAccount, pulling through Harbor as every corpus app's does. */
function serviceAccountObject(o: ArgocdCephEsoOptions, plan: ArgoAppPlan): YamlObject {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: plan.name, namespace: plan.namespace, labels: labels(plan.name) },
    ...(o.imagePullSecret ? { imagePullSecrets: [{ name: o.imagePullSecret }] } : {}),
  };
}

/** A recommendation-only VPA, as beside every Deployment of the corpus. */
function vpaObject(plan: ArgoAppPlan): YamlObject {
  return {
    apiVersion: 'autoscaling.k8s.io/v1',
    kind: 'VerticalPodAutoscaler',
    metadata: { name: plan.name, namespace: plan.namespace, labels: labels(plan.name) },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: plan.name },
      updatePolicy: { updateMode: 'Off' },
      resourcePolicy: {
        containerPolicies: [{ containerName: '*', controlledResources: ['cpu', 'memory'] }],
      },
    },
  };
}

/**
 * HPA and PDB for a replicated app, in the app folder beside its Deployment (seed 003,
 * rule L34), shaped like librechat's. The corpus pins its HPA (min = max); a new app
 * may grow to twice its replicas, on the corpus's CPU and memory targets.
 */
function availabilityObjects(plan: ArgoAppPlan, replicas: number): AppFile[] {
  return [
    {
      file: 'hpa.yaml',
      object: {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: plan.name, namespace: plan.namespace, labels: labels(plan.name) },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: plan.name },
          minReplicas: replicas,
          maxReplicas: replicas * 2,
          metrics: [
            { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
            { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
          ],
        },
      },
    },
    {
      file: 'pdb.yaml',
      object: {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: plan.name, namespace: plan.namespace, labels: labels(plan.name) },
        spec: { minAvailable: 1, selector: { matchLabels: { app: plan.name } } },
      },
    },
  ];
}

/** Pod-level touches of the corpus: Linkerd injection, and a spread for replicated pods. */
function decorate(o: ArgocdCephEsoOptions, deployment: YamlObject, app: string, replicas: number) {
  if (o.linkerdInject) {
    setValueAt(deployment, ['spec', 'template', 'metadata', 'annotations'], { 'linkerd.io/inject': 'enabled' });
  }
  if (replicas >= 2) {
    // Rule L42: replicated services spread over the nodes.
    setValueAt(deployment, ['spec', 'template', 'spec', 'topologySpreadConstraints'], [
      {
        maxSkew: 1,
        topologyKey: 'kubernetes.io/hostname',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { app } },
      },
    ]);
  }
  return deployment;
}

function supportingFiles(o: ArgocdCephEsoOptions, plan: ArgoAppPlan): AppFile[] {
  return [
    { file: 'serviceaccount.yaml', object: serviceAccountObject(o, plan) },
    ...(o.vpa ? [{ file: 'vpa.yaml', object: vpaObject(plan) }] : []),
  ];
}

/** The files of an app from a container image: Deployment, Service, ServiceAccount, VPA, HPA + PDB. */
export function imageAppFiles(o: ArgocdCephEsoOptions, plan: ArgoAppPlan, source: ImageSource): AppFile[] {
  const { volumes, mounts } = planVolumes(plan);
  const container: ContainerPlan = {
    name: plan.name,
    image: `${source.repository}:${source.tag}`,
    command: source.command,
    args: source.args,
    ports: source.ports.map(p => ({ name: p.name, containerPort: p.port, protocol: p.protocol })),
    env: [...source.env.map(e => ({ name: e.name, value: e.value })), ...plan.env],
    envFrom: plan.envFrom,
    resources: source.resources,
    livenessProbe: httpProbe(source.probes?.liveness),
    readinessProbe: httpProbe(source.probes?.readiness),
    volumeMounts: mounts,
  };
  const deployment = deploymentObject({
    name: plan.name,
    namespace: plan.namespace,
    app: plan.name,
    replicas: source.replicas,
    // Ceph RBD claims are ReadWriteOnce: vaultwarden's Deployment is Recreate for that.
    strategy: plan.readWriteOnce ? 'Recreate' : undefined,
    pod: { containers: [container], volumes, serviceAccountName: plan.name },
  });
  if (source.replicas >= 2) {
    // The HPA owns the replica count: a `replicas` in git would make Argo CD's self-heal
    // undo every scale-up (Argo CD's advice is to leave it out when an HPA scales).
    delete (deployment.spec as YamlObject).replicas;
  }
  return [
    { file: 'deployment.yaml', object: decorate(o, deployment, plan.name, source.replicas) },
    ...(source.ports.length
      ? [
          {
            file: 'service.yaml',
            object: serviceObject({
              name: plan.name,
              namespace: plan.namespace,
              app: plan.name,
              selector: plan.name,
              ports: source.ports,
            }),
          },
        ]
      : []),
    ...supportingFiles(o, plan),
    ...(source.replicas >= 2 ? availabilityObjects(plan, source.replicas) : []),
  ];
}

/**
 * A GPU workload as the corpus runs them: one replica, `Recreate`, and either the AMD
 * device plugin's `amd.com/gpu` in requests and limits (llama-backend's workers) or a
 * privileged pod with the host's `/dev/dri` and `/dev/kfd` (immich's ML worker).
 */
export function gpuAppFiles(o: ArgocdCephEsoOptions, plan: ArgoAppPlan, spec: GpuSpec): AppFile[] {
  const resource = o.gpu.resources[spec.vendor];
  if (!resource) {
    throw new InputError(
      `This cluster has no ${spec.vendor} GPUs: argocd-ceph-eso knows ${Object.keys(o.gpu.resources).join(', ')} (options gpu.resources)`,
    );
  }
  const access = spec.access ?? o.gpu.defaultAccess;
  const privileged = access === 'privileged';
  const devices =
    spec.vendor === 'amd'
      ? [
          { name: 'dri', path: '/dev/dri', type: 'Directory' },
          { name: 'kfd', path: '/dev/kfd', type: 'CharDevice' },
        ]
      : [{ name: 'dri', path: '/dev/dri', type: 'Directory' }];
  const { volumes, mounts } = planVolumes(plan);
  const count = String(spec.count);
  const container: ContainerPlan = {
    name: spec.name,
    image: `${spec.repository}:${spec.tag}`,
    command: spec.command,
    args: spec.args,
    ports: [{ name: 'http', containerPort: spec.port, protocol: 'TCP' }],
    env: [...spec.env.map(e => ({ name: e.name, value: e.value })), ...plan.env],
    envFrom: plan.envFrom,
    resources: privileged ? undefined : { requests: { [resource]: count }, limits: { [resource]: count } },
    securityContext: privileged ? { privileged: true } : undefined,
    volumeMounts: [...mounts, ...(privileged ? devices.map(d => ({ name: d.name, mountPath: d.path })) : [])],
  };
  const deployment = deploymentObject({
    name: spec.name,
    namespace: plan.namespace,
    app: spec.name,
    replicas: 1,
    strategy: 'Recreate',
    pod: {
      containers: [container],
      volumes: [
        ...volumes,
        ...(privileged ? devices.map(d => ({ name: d.name, hostPath: { path: d.path, type: d.type } })) : []),
      ],
      serviceAccountName: spec.name,
      nodeSelector: spec.nodeSelector,
    },
  });
  return [
    { file: 'deployment.yaml', object: decorate(o, deployment, spec.name, 1) },
    {
      file: 'service.yaml',
      object: serviceObject({
        name: spec.name,
        namespace: plan.namespace,
        app: spec.name,
        selector: spec.name,
        ports: [{ name: 'http', port: spec.port, protocol: 'TCP' }],
      }),
    },
    ...supportingFiles(o, plan),
  ];
}
