import { MapFileTree } from '../tree/FileTree';
import { fixtureCorpusDir } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { readRepository } from './readRepository';
import { readRepositoryWithTerraform } from './readRepositoryWithTerraform';
import { ENTRY_POINTS } from './understanding';

describe('what the read understood', () => {
  it('an empty folder: nothing understood, every entry point looked for', async () => {
    const model = await readRepositoryWithTerraform(new MapFileTree({}));
    expect(model.services).toEqual([]);
    expect(model.understanding).toEqual({
      status: 'not-understood',
      found: [],
      notFound: [...ENTRY_POINTS],
      notUnderstood: [],
    });
  });

  it('a Terraform-only folder without Kubernetes resources: found, but no services', async () => {
    const model = await readRepositoryWithTerraform(
      new MapFileTree({
        'main.tf':
          'provider "aws" {\n  region = "eu-west-1"\n}\n\nresource "aws_s3_bucket" "backups" {\n  bucket = "backups"\n}\n',
        'variables.tf': 'variable "region" {\n  default = "eu-west-1"\n}\n',
      }),
    );
    expect(model.services).toEqual([]);
    expect(model.understanding).toEqual({
      status: 'not-understood',
      found: [{ entryPoint: 'Terraform file', count: 2 }],
      notFound: ENTRY_POINTS.filter(e => e !== 'Terraform file'),
      notUnderstood: [
        {
          path: '.',
          what: 'Terraform',
          why: '2 Terraform files in 1 folder, no kubernetes_* resource and no helm_release: no services',
        },
      ],
    });
  });

  it('without the Terraform parse, Terraform files are named as not read', () => {
    const model = readRepository(
      new MapFileTree({
        'infra/main.tf': 'resource "kubernetes_namespace" "a" {}\n',
      }),
    );
    expect(model.understanding.notUnderstood).toEqual([
      {
        path: 'infra',
        what: 'Terraform',
        why: '1 Terraform file not parsed (read with readRepositoryWithTerraform)',
      },
    ]);
  });

  it('a plain folder of Helm charts: one app per chart, and how they are installed is not known', async () => {
    const model = await readRepositoryWithTerraform(
      new MapFileTree({
        'README.md': '# charts\n',
        'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.0\n',
        'charts/web/values.yaml':
          'image:\n  repository: ghcr.io/acme/web\n  tag: 1.2.0\n',
        'charts/web/templates/deployment.yaml':
          'kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
        'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.1\n',
      }),
    );
    expect(
      model.services.map(s => [
        s.id,
        s.workloads.map(
          w =>
            `${w.kind}/${w.name} ${w.chart?.name}@${w.chart?.version} ${w.images
              .map(i => i.raw)
              .join(',')}`,
        ),
      ]),
    ).toEqual([
      ['api', ['HelmChart/api api@0.3.1 ']],
      ['web', ['HelmChart/web web@1.2.0 ghcr.io/acme/web:1.2.0']],
    ]);
    expect(model.understanding).toEqual({
      status: 'partly',
      found: [{ entryPoint: 'Helm chart folder', count: 2 }],
      notUnderstood: [
        {
          path: 'charts/api',
          what: 'Helm chart',
          why: "chart 'api' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
        },
        {
          path: 'charts/web',
          what: 'Helm chart',
          why: "chart 'web' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
        },
      ],
    });
  });

  it('argoproj/argocd-example-apps: what it reads, and the Jsonnet and plugin apps it does not', () => {
    const model = readRepository(
      readTreeSync(fixtureCorpusDir('argoproj__argocd-example-apps')),
    );
    expect(model.understanding).toEqual({
      status: 'partly',
      found: [
        { entryPoint: 'app-of-apps chart', count: 1 },
        { entryPoint: 'kustomization.yaml', count: 3 },
        { entryPoint: 'Helm chart folder', count: 5 },
      ],
      notUnderstood: [
        {
          path: 'jsonnet-guestbook-tla',
          what: 'Jsonnet',
          why: 'Jsonnet is not rendered (guestbook-ui.jsonnet)',
        },
        {
          path: 'jsonnet-guestbook',
          what: 'Jsonnet',
          why: 'Jsonnet is not rendered (guestbook-ui.jsonnet, params.libsonnet)',
        },
        {
          path: 'plugins/kasane',
          what: 'Jsonnet',
          why: 'Jsonnet is not rendered (patch.jsonnet)',
        },
        {
          path: 'plugins/kasane',
          what: 'kasane',
          why: 'kasane is not rendered (Kasanefile)',
        },
        {
          path: 'plugins/nix',
          what: 'Nix',
          why: 'Nix is not rendered (flake.nix)',
        },
        {
          path: 'plugins/kasane',
          what: 'Argo CD Config Management Plugin',
          why: "Application 'plugin-kasane' renders with plugin 'kasane', which is not run: its manifests are read as they are",
        },
        {
          path: 'plugins/kustomized-helm',
          what: 'Argo CD Config Management Plugin',
          why: "Application 'plugin-kustomized-helm' renders with plugin 'kustomized-helm', which is not run: its manifests are read as they are",
        },
        {
          path: 'plugins/nix',
          what: 'Argo CD Config Management Plugin',
          why: "Application 'plugin-nix' renders with plugin 'nix', which is not run: its manifests are read as they are",
        },
      ],
    });
  });
});
