import { FluxLvmOpenbaoOptions } from '../../../profiles/fluxLvmOpenbao/options';
import { plaintextSecretRule } from '../shared/plaintextSecret';
import { doc, inApps } from './common';

/** L14: secret values live in OpenBao, not in Git. */
export const plaintextSecret = plaintextSecretRule<FluxLvmOpenbaoOptions>(
  {
    ...doc(
      'plaintext-secret',
      'error',
      'L14',
      '"use it [OpenBao] to store static secrets like API keys to external services, passwords and other entries you do not want to keep in plaintext in git repository."',
    ),
    description: 'No Secret with data or stringData in the apps folder (SOPS-encrypted files excepted): secrets come from OpenBao through a VaultStaticSecret.',
  },
  (file, o) => inApps(o, file),
  'Write the values to OpenBao (secret/<path>) and sync them with a VaultStaticSecret (a secret spec); delete the Secret from Git and rotate its values.',
);
