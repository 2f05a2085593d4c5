import { MapFileTree } from '../../../tree/FileTree';

/**
 * A small repository laid out as rrumana/k8s-homelab-2: central namespaces, the Argo CD
 * apps folder with its kustomization, one app (whiteboard) with its Application and
 * Ingress, shared Postgres clusters, and pinned LoadBalancer addresses. Files the
 * profile edits carry comments, so the golden files show that they survive.
 */
export const FIXTURE_FILES: Record<string, string> = {
  'cluster/platform/base/namespaces/application.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: media
---
apiVersion: v1
kind: Namespace
metadata:
  name: web
---
apiVersion: v1
kind: Namespace
metadata:
  name: productivity
  annotations:
    config.linkerd.io/default-inbound-policy: all-unauthenticated
---
apiVersion: v1
kind: Namespace
metadata:
  name: ai
---
apiVersion: v1
kind: Namespace
metadata:
  name: other
`,
  'cluster/platform/base/namespaces/platform.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: argocd
---
apiVersion: v1
kind: Namespace
metadata:
  name: databases
  annotations:
    linkerd.io/inject: disabled
`,
  'cluster/platform/gitops/argocd/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

resources:
  - projects
  - apps
`,
  'cluster/platform/gitops/argocd/apps/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

resources:
  # Platform first
  - namespaces-app.yaml
  - shared-ingress-app.yaml
  - pg-productivity-app.yaml
  # Workloads
  - whiteboard-app.yaml

commonLabels:
  app.kubernetes.io/managed-by: argocd
`,
  'cluster/platform/gitops/argocd/apps/namespaces-app.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: namespaces
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/rrumana/k8s-homelab-2.git
    targetRevision: main
    path: cluster/platform/base/namespaces
    directory:
      recurse: true
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
`,
  'cluster/platform/gitops/argocd/apps/shared-ingress-app.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: shared-ingress
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/rrumana/k8s-homelab-2.git
    targetRevision: main
    path: cluster/apps/shared/ingress
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
`,
  'cluster/platform/gitops/argocd/apps/whiteboard-app.yaml': `# platform/gitops/argocd/apps/whiteboard-app.yaml
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: whiteboard
  namespace: argocd
  annotations:
    argocd.argoproj.io/sync-wave: "10"
spec:
  project: default
  source:
    repoURL: https://github.com/rrumana/k8s-homelab-2.git
    targetRevision: main
    path: cluster/apps/productivity/whiteboard
  destination:
    server: https://kubernetes.default.svc
    namespace: productivity
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
`,
  'cluster/apps/productivity/whiteboard/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: productivity

resources:
  - deployment.yaml
  - service.yaml # ClusterIP only; the route is in apps/shared/ingress

commonLabels:
  app.kubernetes.io/name: whiteboard
  app.kubernetes.io/managed-by: argocd
`,
  'cluster/apps/productivity/whiteboard/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: whiteboard
  labels:
    app: whiteboard
spec:
  selector:
    matchLabels:
      app: whiteboard
  template:
    metadata:
      labels:
        app: whiteboard
    spec:
      containers:
      - name: whiteboard
        image: harbor.rcrumana.xyz/proxy-dockerhub/lovasoa/wbo:1.20.1
        ports:
        - containerPort: 80
          name: http
`,
  'cluster/apps/productivity/whiteboard/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: whiteboard
spec:
  type: ClusterIP
  selector:
    app: whiteboard
  ports:
    - name: http
      port: 80
      targetPort: 80
`,
  'cluster/apps/media/plex/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: plex
  annotations:
    metallb.universe.tf/address-pool: default-pool
spec:
  type: LoadBalancer
  loadBalancerIP: 192.168.1.231
  selector:
    app: plex
  ports:
    - name: web
      port: 32400
      targetPort: 32400
      protocol: TCP
`,
  'cluster/platform/ingress/haproxy/values.yaml': `controller:
  service:
    type: LoadBalancer
    loadBalancerIP: 192.168.1.230
`,
  'cluster/apps/shared/ingress/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

resources:
  # One file per app; the class decides who can reach it.
  - whiteboard.yaml
`,
  'cluster/apps/shared/ingress/whiteboard.yaml': `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: whiteboard
  namespace: productivity
  annotations:
    cert-manager.io/cluster-issuer: "letsencrypt-prod"
spec:
  ingressClassName: haproxy-restricted
  tls:
  - hosts:
    - whiteboard.rcrumana.xyz
    secretName: whiteboard-rcrumana-xyz-tls
  rules:
  - host: whiteboard.rcrumana.xyz
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: whiteboard
            port:
              number: 80
`,
  ...Object.fromEntries(
    ['pg-media', 'pg-other', 'pg-productivity'].flatMap(cluster => [
      [
        `cluster/platform/base/data/data-definitions/postgres/${cluster}/kustomization.yaml`,
        `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: databases

resources:
  - cluster.yaml # the Cluster itself; backups come later
`,
      ],
      [
        `cluster/platform/base/data/data-definitions/postgres/${cluster}/cluster.yaml`,
        `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${cluster}
  annotations:
    argocd.argoproj.io/sync-wave: "-10"
spec:
  description: "Shared PostgreSQL cluster."

  instances: 3
  # Three nodes, one instance each.
  affinity:
    enablePodAntiAffinity: true

  storage:
    storageClass: ceph-block
    size: 50Gi

  enableSuperuserAccess: true
`,
      ],
    ]),
  ),
};

/** The fixture as a tree. */
export function fixtureRepo(): MapFileTree {
  return new MapFileTree(FIXTURE_FILES);
}
