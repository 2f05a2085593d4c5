import { getIn, isRecord, stringAt } from '../../k8s';
import { RawFinding } from '../../types';
import { at, qualified } from '../helpers';
import { doc, FluxLvmRule } from './common';

/** L21: OAuth client credentials live under secret/<issuer>/<app>. */
export const oidcSecretPath: FluxLvmRule = {
  ...doc(
    'oidc-secret-path',
    'warning',
    'L21',
    '"ask operator to create application in the UI and save OAuth id and secret in OpenBao under secret/authentik/."',
  ),
  title: 'OIDC client secrets are read from secret/authentik/<app>',
  description:
    "A VaultStaticSecret that carries OAuth client credentials (templates client_id/client_secret, or a name mentioning oidc, oauth, sso or the issuer) reads a path under <oidcIssuer>/ of the KV mount.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const issuer = options.oidcIssuer;
    for (const vss of index.objects('VaultStaticSecret')) {
      const templates = getIn(vss.value, ['spec', 'destination', 'transformation', 'templates']);
      const keys = isRecord(templates) ? Object.keys(templates) : [];
      const names = [vss.name ?? '', stringAt(vss.value, ['spec', 'destination', 'name']) ?? ''];
      const oidc =
        (keys.includes('client_id') && keys.includes('client_secret')) ||
        names.some(n => /(^|-)(oidc|oauth|sso)(-|$)/.test(n) || n.endsWith(`-${issuer}`));
      const path = stringAt(vss.value, ['spec', 'path']) ?? '';
      if (!oidc || path.startsWith(`${issuer}/`)) continue;
      out.push(
        at(
          vss,
          ['spec', 'path'],
          `VaultStaticSecret ${qualified(index.namespaceOf(vss), vss.name ?? '')} holds OIDC client credentials but reads ${path}, not ${issuer}/<app>`,
          `Keep the client id and secret at ${options.vault.kvMount}/${issuer}/<app> and set spec.path: ${issuer}/<app>.`,
        ),
      );
    }
    return out;
  },
};
