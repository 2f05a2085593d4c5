import { ArgocdCephEsoOptions } from '../../../profiles/argocdCephEso/options';
import { plaintextSecretRule } from '../shared/plaintextSecret';
import { doc } from './common';

/** L36: no real secrets in Git. */
export const plaintextSecret = plaintextSecretRule<ArgocdCephEsoOptions>(
  {
    ...doc('plaintext-secret', 'error', 'L36', '"No real secrets in Git (public GitHub repo)." Tier 0 bootstrap secrets go through SOPS.'),
    description: 'No Secret with data or stringData anywhere in the repository unless the file is SOPS-encrypted: app secrets come from the secret store through an ExternalSecret.',
  },
  () => true,
  'Put the values in the secret store and sync them with an ExternalSecret (a secret spec); delete the Secret from Git and rotate its values.',
);
