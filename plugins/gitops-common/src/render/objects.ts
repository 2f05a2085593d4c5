import { YamlObject } from '../yaml/documents';

/** The label the Backstage Kubernetes plugin finds a service's objects by. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** Labels every generated workload and its pod template carry. */
export function workloadLabels(app: string, component = app): Record<string, string> {
  return { app: component, [KUBERNETES_ID_LABEL]: app };
}

export function namespaceObject(name: string, labels?: Record<string, string>): YamlObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: labels ? { name, labels } : { name },
  };
}

export interface ContainerPlan {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name: string; containerPort: number; protocol: 'TCP' | 'UDP' }[];
  env?: YamlObject[];
  envFrom?: YamlObject[];
  resources?: YamlObject;
  livenessProbe?: YamlObject;
  readinessProbe?: YamlObject;
  securityContext?: YamlObject;
  volumeMounts?: { name: string; mountPath: string }[];
}

export interface PodPlan {
  containers: ContainerPlan[];
  volumes?: YamlObject[];
  serviceAccountName?: string;
  nodeSelector?: Record<string, string>;
}

function compact<T extends YamlObject>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

/** A Deployment whose metadata and pod template carry the app's labels. */
export function deploymentObject(options: {
  name: string;
  namespace: string;
  app: string;
  replicas: number;
  strategy?: 'Recreate' | 'RollingUpdate';
  pod: PodPlan;
}): YamlObject {
  const labels = workloadLabels(options.app, options.name);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: options.name, namespace: options.namespace, labels },
    spec: compact({
      replicas: options.replicas,
      strategy: options.strategy ? { type: options.strategy } : undefined,
      selector: { matchLabels: { app: options.name } },
      template: {
        metadata: { labels },
        spec: compact({
          serviceAccountName: options.pod.serviceAccountName,
          nodeSelector: options.pod.nodeSelector,
          containers: options.pod.containers.map(c => compact({ ...c })),
          volumes: options.pod.volumes,
        }),
      },
    }),
  };
}

/** A Service selecting pods by their `app` label. */
export function serviceObject(options: {
  name: string;
  namespace: string;
  app: string;
  selector: string;
  ports: { name: string; port: number; targetPort?: number; protocol: 'TCP' | 'UDP' }[];
  loadBalancer?: { externalTrafficPolicy: 'Local' | 'Cluster'; ipFamilyPolicy?: string };
}): YamlObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: options.name,
      namespace: options.namespace,
      labels: { [KUBERNETES_ID_LABEL]: options.app },
    },
    spec: compact({
      type: options.loadBalancer ? 'LoadBalancer' : undefined,
      externalTrafficPolicy: options.loadBalancer?.externalTrafficPolicy,
      ipFamilyPolicy: options.loadBalancer?.ipFamilyPolicy,
      selector: { app: options.selector },
      ports: options.ports.map(p => ({
        name: p.name,
        protocol: p.protocol,
        port: p.port,
        targetPort: p.targetPort ?? p.port,
      })),
    }),
  };
}

/** A PersistentVolumeClaim. */
export function pvcObject(options: {
  name: string;
  namespace: string;
  app: string;
  size: string;
  storageClassName: string;
  volumeName?: string;
  accessMode?: string;
}): YamlObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: options.name,
      namespace: options.namespace,
      labels: { [KUBERNETES_ID_LABEL]: options.app },
    },
    spec: compact({
      accessModes: [options.accessMode ?? 'ReadWriteOnce'],
      resources: { requests: { storage: options.size } },
      storageClassName: options.storageClassName,
      volumeName: options.volumeName,
    }),
  };
}

/** HTTP liveness/readiness probes from a spec's `{ path, port }`. */
export function httpProbe(probe?: { path: string; port: number }): YamlObject | undefined {
  return probe ? { httpGet: { path: probe.path, port: probe.port } } : undefined;
}
