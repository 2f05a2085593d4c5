import {
  expectAllRows,
  readCorpus,
  TruthRow,
} from './__fixtures__/corpusTruth';

const GUESTBOOK = 'gcr.io/google-samples/gb-frontend:v5';

/**
 * argoproj/argocd-example-apps (own corpus, SOURCE.txt): an app-of-apps chart `apps/`
 * whose template renders one Application per item of `applications:` in its values
 * (path and namespace default to the item's name), over folders of every kind Argo CD
 * reads: plain manifests, kustomize (with `namePrefix`), Helm charts (one an umbrella
 * over wordpress), hooks and sync waves. Four items are rendered by tools the reader
 * does not run (Jsonnet twice, the kasane and nix plugins): not rows here, they are the
 * "not understood" report's (readRepository.understanding.test.ts).
 */
const ROWS: TruthRow[] = [
  {
    app: 'guestbook',
    namespace: 'guestbook',
    workloads: [{ kind: 'Deployment', name: 'guestbook-ui' }],
    images: [GUESTBOOK],
  },
  {
    app: 'kustomize-guestbook',
    namespace: 'kustomize-guestbook',
    workloads: [{ kind: 'Deployment', name: 'kustomize-guestbook-ui' }],
    images: [GUESTBOOK],
  },
  {
    app: 'helm-guestbook',
    namespace: 'helm-guestbook',
    workloads: [{ kind: 'Application', name: 'helm-guestbook' }],
    images: [GUESTBOOK],
    charts: [{ name: 'helm-guestbook', version: '0.1.0' }],
  },
  {
    app: 'blue-green',
    namespace: 'blue-green',
    workloads: [{ kind: 'Application', name: 'blue-green' }],
    images: [GUESTBOOK],
    charts: [{ name: 'helm-guestbook', version: '0.1.0' }],
  },
  {
    app: 'helm-dependency',
    namespace: 'helm-dependency',
    workloads: [{ kind: 'Application', name: 'helm-dependency' }],
    charts: [
      { name: 'wordpress', version: '0.1.0' },
      { name: 'wordpress', version: '9.0.3' },
    ],
  },
  {
    app: 'helm-hooks',
    namespace: 'helm-hooks',
    workloads: [
      { kind: 'Job', name: 'upgrade-sql-schema' },
      { kind: 'Job', name: 'maint-page-up' },
      { kind: 'ReplicaSet', name: 'frontend' },
      { kind: 'Job', name: 'maint-page-down' },
    ],
    images: ['alpine:latest', 'nginx:latest'],
  },
  {
    app: 'sync-waves',
    namespace: 'sync-waves',
    workloads: [
      { kind: 'Job', name: 'upgrade-sql-schema' },
      { kind: 'ReplicaSet', name: 'backend' },
      { kind: 'Job', name: 'maint-page-up' },
      { kind: 'ReplicaSet', name: 'frontend' },
      { kind: 'Job', name: 'maint-page-down' },
    ],
    images: ['alpine:latest', 'nginx:latest'],
  },
  {
    app: 'pre-post-sync',
    namespace: 'pre-post-sync',
    workloads: [
      { kind: 'Deployment', name: 'pre-post-sync-kustomize-guestbook-ui' },
      { kind: 'Job', name: 'pre-post-sync-before' },
      { kind: 'Job', name: 'pre-post-sync-after' },
    ],
    images: [GUESTBOOK, 'alpine:latest'],
  },
  {
    app: 'sock-shop',
    namespace: 'sock-shop',
    workloads: [
      'carts-db',
      'carts',
      'catalogue-db',
      'catalogue',
      'front-end',
      'orders-db',
      'orders',
      'payment',
      'queue-master',
      'rabbitmq',
      'session-db',
      'shipping',
      'user-db',
      'user',
    ].map(name => ({ kind: 'Deployment' as const, name })),
    images: [
      'mongo',
      'weaveworksdemos/front-end:0.3.12',
      'redis:alpine',
      'rabbitmq:3.6.8-management',
    ],
    someImages: true,
    hosts: ['sockshop.apps.argoproj.io'],
  },
  {
    app: 'plugin-kustomized-helm',
    namespace: 'plugin-kustomized-helm',
    workloads: [{ kind: 'Application', name: 'plugin-kustomized-helm' }],
    charts: [
      { name: 'guestbook', version: '0.1.0' },
      { name: 'helm-guestbook', version: '0.1.0' },
    ],
  },
];

describe('readRepository on argoproj/argocd-example-apps', () => {
  const { model, ms, service } = readCorpus(
    'argoproj__argocd-example-apps',
    true,
  );

  it('finds the ground-truth rows', () => {
    expectAllRows('argoproj/argocd-example-apps', model, ROWS, ms);
    expect(model.services.map(s => s.id)).toEqual(ROWS.map(r => r.app).sort());
  });

  it('reports the databases and caches the app runs itself', () => {
    const shop = service('sock-shop');
    expect(shop.databases.map(d => `${d.kind} ${d.name} ${d.image}`)).toEqual([
      'mongodb carts-db mongo',
      'mongodb orders-db mongo',
    ]);
    expect(shop.caches.map(c => `${c.kind} ${c.name}`)).toEqual([
      'redis session-db',
    ]);
  });

  it('reads one app whose objects are filed by kind as one service', () => {
    expect(service('sock-shop').folder).toBe('sock-shop');
    // The Application's file (the app-of-apps values), the kustomization, 29 manifests.
    expect(service('sock-shop').files).toHaveLength(31);
    expect(service('sock-shop').files.slice(0, 2)).toEqual([
      'apps/values.yaml',
      'sock-shop/base/carts-db-dep.yaml',
    ]);
  });
});
