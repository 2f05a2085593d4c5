import { baseName, joinPath } from '../repoPaths';
import { block, Body } from './hclBlocks';
import { ModuleCall } from './moduleCall';

/**
 * Terragrunt units: a `terragrunt.hcl` runs the module its `terraform { source }` names
 * with its `inputs` as the module's variables (what `TF_VAR_…` would give). The unit is
 * one service, named by its folder (`live/prod/web` → `web`).
 */

/**
 * The repository folder a unit's `source` points at: relative to the unit's folder, or
 * from `${get_terragrunt_dir()}` / `${get_repo_root()}`; Terragrunt's `//` (the module's
 * subfolder within what is fetched) is a plain separator for a local path. `undefined`
 * for a remote source (`git::…`, `tfr://…`, a URL) or one it cannot resolve.
 */
export function terragruntSourceDir(
  unitDir: string,
  source: string,
): string | undefined {
  let path = source.trim().replace(/\?ref=.*$/, '');
  if (
    /^[a-z][a-z0-9+.-]*::/i.test(path) ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(path)
  )
    return undefined;
  let base = unitDir;
  const fromRoot = /^\$\{\s*get_repo_root\(\)\s*\}\/?/;
  const fromUnit = /^\$\{\s*get_terragrunt_dir\(\)\s*\}\/?/;
  if (fromRoot.test(path)) {
    base = '';
    path = path.replace(fromRoot, './');
  } else if (fromUnit.test(path)) path = path.replace(fromUnit, './');
  if (path.includes('${')) return undefined;
  if (!path.startsWith('./') && !path.startsWith('../')) return undefined;
  return joinPath(base, path.replace(/\/\/+/g, '/').replace(/\/$/, ''));
}

/** The module call of a parsed `terragrunt.hcl`, when it names a `terraform { source }`. */
export function terragruntCall(
  unitDir: string,
  file: string,
  json: Body,
): ModuleCall | undefined {
  if (!file.endsWith('terragrunt.hcl')) return undefined;
  const source = block(json, 'terraform').source;
  if (typeof source !== 'string') return undefined;
  const name = baseName(unitDir) || 'terragrunt';
  const inputs = json.inputs;
  const dir = terragruntSourceDir(unitDir, source);
  return {
    name,
    label: `Terragrunt unit '${name}'`,
    source,
    inputs:
      typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs)
        ? (inputs as Body)
        : {},
    ...(dir !== undefined ? { dir } : {}),
    unit: { dir: unitDir, file },
  };
}
