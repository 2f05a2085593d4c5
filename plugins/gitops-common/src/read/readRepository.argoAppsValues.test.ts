import { stringify } from 'yaml';
import { MapFileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';

const deployment = (name: string, image: string) =>
  stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { template: { spec: { containers: [{ name, image }] } } },
  });

/**
 * The `argocd-apps` chart installed by an Application of the repository, its values
 * holding an ApplicationSet (`applicationsets:`, as a map) over `apps/*` and an
 * Application (`applications:`, as a list) of a remote chart.
 */
const tree = new MapFileTree({
  'bootstrap/root.yaml': stringify({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'root', namespace: 'argocd' },
    spec: {
      destination: { namespace: 'argocd' },
      sources: [
        {
          repoURL: 'https://argoproj.github.io/argo-helm',
          chart: 'argocd-apps',
          targetRevision: '2.0.2',
          helm: { valueFiles: ['$values/bootstrap/argocd-apps.yaml'] },
        },
        { repoURL: 'https://git.example.com/lab.git', ref: 'values' },
      ],
    },
  }),
  'bootstrap/argocd-apps.yaml': stringify({
    applicationsets: {
      apps: {
        namespace: 'argocd',
        generators: [
          {
            git: {
              repoURL: 'https://git.example.com/lab.git',
              directories: [{ path: 'apps/*' }],
            },
          },
        ],
        template: {
          metadata: { name: '{{path.basename}}' },
          spec: {
            project: 'default',
            source: {
              repoURL: 'https://git.example.com/lab.git',
              path: '{{path}}',
            },
            destination: { namespace: '{{path.basename}}' },
          },
        },
      },
    },
    applications: [
      {
        name: 'grafana',
        namespace: 'argocd',
        project: 'default',
        source: {
          repoURL: 'https://grafana.github.io/helm-charts',
          chart: 'grafana',
          targetRevision: '8.5.1',
        },
        destination: { namespace: 'monitoring' },
      },
    ],
  }),
  'apps/web/deployment.yaml': deployment('web', 'ghcr.io/acme/web:1.0.0'),
  'apps/api/deployment.yaml': deployment('api', 'ghcr.io/acme/api:2.1.0'),
  'unused/argocd-apps.yaml': stringify({
    applications: {
      stray: { destination: { namespace: 'x' }, source: { path: 'apps/web' } },
    },
  }),
});

describe('argocd-apps chart values', () => {
  const model = readRepository(tree);
  const brief = model.services.map(s => [
    s.id,
    s.namespace,
    s.workloads.map(
      w =>
        `${w.kind}/${w.name}${
          w.chart ? ` ${w.chart.name}@${w.chart.version}` : ''
        }`,
    ),
  ]);

  it('reads the ApplicationSets and Applications of the values the argocd-apps Application lists', () => {
    expect(brief).toEqual([
      ['api', 'api', ['Deployment/api']],
      ['grafana', 'monitoring', ['Application/grafana grafana@8.5.1']],
      ['root', 'argocd', ['Application/root argocd-apps@2.0.2']],
      ['web', 'web', ['Deployment/web']],
    ]);
  });

  it('counts them as an entry point, and leaves values no argocd-apps Application lists unread', () => {
    expect(model.services.map(s => s.id)).not.toContain('stray');
    expect(model.understanding.found).toContainEqual({
      entryPoint: 'argocd-apps chart values',
      count: 2,
    });
  });
});
