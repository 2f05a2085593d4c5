import { getIn, isRecord, walk } from '../../k8s';
import { helmReleases } from '../../references';
import { RawFinding, Rule } from '../../types';
import { at, qualified } from '../helpers';

/** Keys whose string value is a credential itself. */
const SECRET_KEY =
  /^(password|passwd|token|apiKey|secretKey|accessKey|privateKey|clientSecret|cookieSecret|jwtSecret|sessionSecret|[a-z0-9]+(Password|Passwd|Token|ApiKey|SecretKey|AccessKey|PrivateKey))$|(^|_)(PASSWORD|SECRET|TOKEN|API_KEY)$/;
/** …unless they name where the credential is. */
const REFERENCE_KEY = /existing|Existing|Ref$|Name$|File$|Path$|Mode$/;

/** Credentials written as Helm values are secrets in Git. */
export const secretInValues: Rule = {
  id: 'homeport/secret-in-values',
  severity: 'error',
  title: 'No credentials in Helm values',
  description:
    "A HelmRelease's values hold no literal credential: a non-empty string under a key such as password, *Password, token, apiKey, clientSecret or *_PASSWORD (keys that name an existing Secret, a file or a path are fine). Values are plaintext in Git.",
  source: 'L14/L25/L36',
  citation:
    'seed 000: secrets go to OpenBao, not "in plaintext in git repository"; seed 001: "secrets contains secrets encrypted with the public key"; seed 003: "No real secrets in Git".',
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const hr of helmReleases(index)) {
      walk(getIn(hr.value, ['spec', 'values']), (v, path, parents) => {
        const key = path[path.length - 1];
        if (typeof key !== 'string' || typeof v !== 'string' || v === '' || v.includes('${') || v.includes('{{')) return;
        if (!SECRET_KEY.test(key) || REFERENCE_KEY.test(key) || parents.some(p => isRecord(p) && p.enabled === false)) return;
        out.push(
          at(
            hr,
            ['spec', 'values', ...path],
            `values.${path.join('.')} of HelmRelease ${qualified(index.namespaceOf(hr), hr.name ?? '')} is a credential in plaintext`,
            "Keep the value in the profile's secret store, have it synced into a Secret, and point the chart at that Secret (existingSecret or the chart's equivalent); rotate the value.",
          ),
        );
      });
    }
    return out;
  },
};
