import { z } from 'zod';
import { appName, dnsLabel } from './names';

/**
 * A secret an app reads from the repository's secret store. Only the store path and
 * the key names enter git; the operator writes the values.
 *
 * @public
 */
export const secretSpec = z.object({
  kind: z.literal('secret'),
  app: appName,
  /** Name of the Kubernetes Secret the app reads. */
  name: dnsLabel('secret name'),
  /** Path in the secret store, such as `mealie/oidc`. */
  path: z
    .string()
    .max(200)
    .regex(/^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/, "path must be lowercase segments separated by '/', such as app/oidc"),
  /**
   * An existing ServiceAccount the secret store authenticates as, where the profile needs
   * one (Vault's Kubernetes auth): it is used, not created. Defaults to the ServiceAccount
   * a Helm app's chart creates, else to a new one named `<app>`.
   */
  serviceAccount: dnsLabel('service account').optional(),
  keys: z
    .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,62}$/, 'keys must be identifiers such as client_secret'))
    .min(1, 'a secret needs at least one key')
    .max(64),
});
export type SecretSpec = z.infer<typeof secretSpec>;
