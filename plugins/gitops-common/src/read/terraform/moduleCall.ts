import type { Body } from './hclBlocks';

/**
 * A call of a Terraform module: a `module "name" { source = … }` block, or a Terragrunt
 * unit (`terragrunt.hcl`: `terraform { source = … }` with its `inputs`).
 */
export interface ModuleCall {
  name: string;
  /** How warnings name it: `module 'web'`, `Terragrunt unit 'web'`. */
  label: string;
  source: string;
  /** The repository folder of the module; `undefined` when it is not in the repository. */
  dir?: string;
  /** The values given to the module's variables, as written. */
  inputs: Body;
  /** A Terragrunt unit's folder and file: the service is defined there, not in the module it runs. */
  unit?: { dir: string; file: string };
}
