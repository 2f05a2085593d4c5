import { FileTree } from '../../tree/FileTree';
import { ReadWarning } from '../types';

/** Terraform / OpenTofu / Terragrunt files of a repository, parsed to HCL's JSON form. */
export interface TerraformFiles {
  /** Path → the file as JSON (`{ resource: { type: { name: [block] } }, module: …, variable: … }`). */
  files: Map<string, Record<string, unknown>>;
  warnings: ReadWarning[];
}

const HCL_SUFFIXES = ['.tf', '.tofu', 'terragrunt.hcl'];

/** Whether a path is Terraform/OpenTofu code or a Terragrunt unit. */
export function isTerraformPath(path: string): boolean {
  return HCL_SUFFIXES.some(suffix => path.endsWith(suffix));
}

/**
 * Parses every Terraform file of the tree with HashiCorp's HCL parser (compiled to
 * WebAssembly in `@cdktf/hcl2json`, hence asynchronous). A file that does not parse
 * becomes a warning and is left out. The parser is loaded on the first repository that
 * has Terraform: loading it takes about 60 MiB (its Go runtime's memory and code).
 */
export async function parseTerraform(tree: FileTree): Promise<TerraformFiles> {
  const files = new Map<string, Record<string, unknown>>();
  const warnings: ReadWarning[] = [];
  const paths = tree.paths().filter(isTerraformPath).sort();
  if (!paths.length) return { files, warnings };
  // `require`, not `import()`: Node's own dynamic import needs ESM support where this runs transpiled (Jest).
  const { parse } = require('@cdktf/hcl2json') as typeof import('@cdktf/hcl2json');
  for (const path of paths) {
    const text = tree.read(path);
    if (text === undefined) continue;
    try {
      files.set(path, await parse(path, text));
    } catch (error) {
      warnings.push({
        file: path,
        message: `HCL does not parse: ${String(error).split('\n')[0]}`,
      });
    }
  }
  return { files, warnings };
}
