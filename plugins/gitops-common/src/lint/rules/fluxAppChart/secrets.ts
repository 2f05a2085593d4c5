import { dirOf } from '../../../tree/paths';
import { getIn } from '../../k8s';
import { RawFinding } from '../../types';
import { at, isUnder, qualified } from '../helpers';
import { appReleases, ChartRule, doc } from './common';

/** L25: secrets are SOPS-encrypted in the secrets folder, never in apps. */
export const secretLocation: ChartRule = {
  ...doc('secret-location', 'error', 'L25', '"apps contains all app-specific resources (except secrets)" and "secrets contains secrets encrypted with the public key".'),
  title: 'Secrets are SOPS-encrypted in the secrets folder',
  description: 'No Secret in the apps folder; every Secret under the secrets folder is SOPS-encrypted (a sops: block).',
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const secretsRoot = dirOf(options.secretsDir);
    for (const s of index.objects('Secret')) {
      if (isUnder(s.file, options.appsDir)) {
        out.push(at(s, ['metadata', 'name'], `Secret ${s.name} is in the apps folder`, `Move it to ${options.secretsDir}/${s.name}.yaml, encrypted with SOPS (${options.sopsPublicKey}).`));
      } else if (isUnder(s.file, secretsRoot) && !s.sops) {
        out.push(at(s, ['metadata', 'name'], `Secret ${s.name} in ${s.file} is not SOPS-encrypted`, `Encrypt it: sops --encrypt --in-place ${s.file} (with ${options.sopsPublicKey}), and rotate the values that were in plaintext.`));
      }
    }
    return out;
  },
};

/** L25: an app that reads secrets has them. */
export const appSecret: ChartRule = {
  ...doc('app-secret', 'error', 'L25', 'the chart reads the Secret named after the app when hasSecrets is set; "secrets contains secrets encrypted with the public key".'),
  title: 'Apps with hasSecrets have their Secret',
  description: "A HelmRelease of the in-house chart with values.hasSecrets: true has a Secret named after the app, in the app's namespace, under the secrets folder.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    for (const hr of appReleases(index, options)) {
      if (getIn(hr.value, ['spec', 'values', 'hasSecrets']) !== true) continue;
      const app = hr.name ?? '';
      const found = index.objects('Secret').some(s => s.name === app && (index.namespaceOf(s) ?? app) === app && isUnder(s.file, options.secretsDir));
      if (!found) {
        out.push(at(hr, ['spec', 'values', 'hasSecrets'], `HelmRelease ${app} sets hasSecrets, but Secret ${qualified(app, app)} is not in ${options.secretsDir}/`, `Add ${options.secretsDir}/${app}.yaml (Secret ${app} in namespace ${app}), encrypted with SOPS.`));
      }
    }
    return out;
  },
};

