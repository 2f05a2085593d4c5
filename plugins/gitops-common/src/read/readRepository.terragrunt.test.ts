import { MapFileTree } from '../tree/FileTree';
import { readRepositoryWithTerraform } from './readRepositoryWithTerraform';

const MODULE = `variable "image" {}
variable "namespace" {
  default = "default"
}
resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = var.namespace
  }
  spec {
    template {
      spec {
        container {
          name  = "web"
          image = var.image
        }
      }
    }
  }
}
`;

const unit = (inputs: string) => `include "root" {
  path = find_in_parent_folders()
}
terraform {
  source = "\${get_repo_root()}/modules//web"
}
locals {
  env = "prod"
}
inputs = {
${inputs}
}
`;

describe('readRepositoryWithTerraform: Terragrunt units', () => {
  it("reads each unit as a service of the module it runs, its inputs as the module's variables", async () => {
    const model = await readRepositoryWithTerraform(
      new MapFileTree({
        'terragrunt.hcl': 'remote_state {\n  backend = "s3"\n}\n',
        'modules/web/main.tf': MODULE,
        'live/prod/web/terragrunt.hcl': unit(
          '  image     = "ghcr.io/acme/web:1.4.2"\n  namespace = "web-${local.env}"',
        ),
        'live/staging/web/terragrunt.hcl': unit(
          '  image = "ghcr.io/acme/web:1.5.0-rc.1"\n  vpc   = dependency.vpc.outputs.id',
        ),
        'live/staging/remote/terragrunt.hcl':
          'terraform {\n  source = "git::https://github.com/acme/modules.git//db?ref=v1.0.0"\n}\n',
      }),
    );
    expect(
      model.services.map(s => ({
        id: s.id,
        folder: s.folder,
        namespace: s.namespace,
        files: s.files,
        workloads: s.workloads.map(
          w =>
            `${w.kind} ${w.namespace}/${w.name} ${w.images
              .map(i => i.raw)
              .join(',')}`,
        ),
      })),
    ).toEqual([
      {
        id: 'staging-web',
        folder: 'live/staging/web',
        namespace: 'default',
        files: ['live/staging/web/terragrunt.hcl', 'modules/web/main.tf'],
        workloads: ['Deployment default/web ghcr.io/acme/web:1.5.0-rc.1'],
      },
      {
        id: 'web',
        folder: 'live/prod/web',
        namespace: 'web-prod',
        files: ['live/prod/web/terragrunt.hcl', 'modules/web/main.tf'],
        workloads: ['Deployment web-prod/web ghcr.io/acme/web:1.4.2'],
      },
    ]);
    expect(model.warnings).toEqual([
      {
        file: 'live/staging/remote/terragrunt.hcl',
        message:
          "Terragrunt unit 'remote': source 'git::https://github.com/acme/modules.git//db?ref=v1.0.0' is not in the repository, its resources are not read",
      },
      {
        file: 'live/staging/web',
        message: "service id 'web' is already taken: this one is 'staging-web'",
      },
    ]);
    expect(model.understanding.found).toEqual([
      { entryPoint: 'Terraform file', count: 5 },
      { entryPoint: 'Terraform module call', count: 3 },
      { entryPoint: 'Terraform kubernetes resource', count: 1 },
    ]);
  });
});
