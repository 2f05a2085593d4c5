import { Config } from '@backstage/config';
import { DecommissionOptions } from '@homeport/plugin-gitops-common';

/**
 * The app an entity picker or a form names: `component:default/podinfo` and `podinfo`
 * both give `podinfo`.
 */
export function appOfRef(ref: string): string {
  const trimmed = ref.trim();
  const slash = trimmed.lastIndexOf('/');
  const name = slash >= 0 ? trimmed.slice(slash + 1) : trimmed;
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** A form value left blank counts as absent. */
export function present<T>(value: T | '' | null | undefined): T | undefined {
  return value === '' || value === null ? undefined : value;
}

/**
 * Where the repository's profile keeps Vault roles and policies and Talos patches, from
 * `homeport.profiles.<profile>.vault` and `.talos` (the profile's own defaults otherwise).
 */
export function decommissionOptionsFromConfig(config: Config, profile: string): DecommissionOptions {
  const options = config.getOptionalConfig(`homeport.profiles.${profile}`);
  const pick = (key: string, fields: string[]) => {
    const section = options?.getOptionalConfig(key);
    if (!section) return undefined;
    return Object.fromEntries(fields.flatMap(f => (section.has(f) ? [[f, section.getString(f)]] : [])));
  };
  return {
    vault: pick('vault', ['rolesDir', 'policiesDir']),
    talos: pick('talos', ['patchesDir', 'makefile']),
  };
}
