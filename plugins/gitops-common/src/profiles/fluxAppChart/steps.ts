import { ManualStep } from '../../changeset/types';
import { dirOf, relativePath, repoPath } from '../../tree/paths';
import { ChartApp } from './checks';
import { FluxAppChartOptions } from './options';

/** Readme step 7: the app's owner points the host at the cluster. */
export function dnsStep(
  o: FluxAppChartOptions,
  app: string,
  host: string,
): ManualStep {
  const fallback = [
    o.dns.ipv4 ? `an A record to ${o.dns.ipv4}` : '',
    o.dns.ipv6 ? `an AAAA record to ${o.dns.ipv6}` : '',
  ].filter(Boolean);
  return {
    id: `dns:${host}`,
    app,
    owner: 'developer',
    title: `Create a CNAME record for ${host} to ${o.dns.target}`,
    detail: [
      `In the DNS zone of ${host}, point ${host} at ${o.dns.target} with a CNAME record.`,
      fallback.length
        ? `If the name cannot be a CNAME (a zone apex), create ${fallback.join(
            ' and ',
          )} instead.`
        : '',
      `The chart's Ingress gets its TLS certificate from cert-manager once the name resolves.`,
    ]
      .filter(Boolean)
      .join(' '),
    check: { kind: 'dns', host },
  };
}

/**
 * The Secret the chart reads when `hasSecrets` is set (envFrom `secretRef: <app>` in
 * namespace `<app>`), as `kubernetes/secrets/apps/<app>.yaml` encrypted with SOPS: the
 * values never enter git in plain text.
 */
export function sopsSecretStep(
  o: FluxAppChartOptions,
  app: string,
  keys: string[],
  fileExists: boolean,
): ManualStep {
  const file = repoPath(o.secretsDir, `${app}.yaml`);
  const configDir = dirOf(o.sopsConfig);
  const encrypt = `\`gpg --import ${
    o.sopsPublicKey
  }\`, then \`cd ${configDir} && sops --encrypt --in-place ${relativePath(
    configDir,
    file,
  )}\` (sops reads ${o.sopsConfig} from its working directory)`;
  const after = `Commit only the encrypted file, never the values in plain text. Flux decrypts it into the cluster and the chart passes every key to the container as an environment variable (hasSecrets: true)`;
  const check = { kind: 'secret', namespace: app, name: app, keys } as const;
  if (fileExists) {
    return {
      id: `secret:${file}`,
      app,
      owner: 'operator',
      title: `Add ${keys.join(', ')} to the SOPS-encrypted Secret ${app}`,
      detail: `${file} exists and only a holder of the private key can decrypt it: run \`sops ${file}\` (it decrypts for editing and encrypts again on save) and add the keys with the values the app's owner hands over outside git. Without the private key, write the whole Secret again (its current keys too) and encrypt it from the repository root: ${encrypt}. ${after}.`,
    check: { ...check, keys: [...keys] },
    };
  }
  return {
    id: `secret:${file}`,
    app,
    owner: 'developer',
    title: `Add the SOPS-encrypted Secret ${app} with ${keys.join(', ')}`,
    detail: `Write ${file} as a Secret named ${app} in namespace ${app} (type Opaque) holding these keys, then encrypt it in place before committing, from the repository root: ${encrypt}. ${after}; the pods do not start until the Secret exists, so add it to this pull request.`,
    check: { ...check, keys: [...keys] },
  };
}

/** The app's CI must publish the tags the image automation follows. */
export function ciStep(o: FluxAppChartOptions, app: ChartApp): ManualStep {
  return {
    id: `ci:${app.id}`,
    app: app.id,
    owner: 'developer',
    title: `Tag ${app.repository} images as v${app.major}_<sha7>_<YYYY-MM-DDTHH.mm.ssZ> in CI`,
    detail: `Flux updates ${app.id} to the newest image tagged v${app.major}_<first seven characters of the commit>_<UTC date as YYYY-MM-DDTHH.mm.ssZ>; copy .github/workflows/ci.yaml of ${o.ciExample} into the app's repository. Build images for ${o.imagePlatform}, the cluster nodes' platform.`,
    check: { kind: 'manual', how: `${app.repository} lists a tag of the form v${app.major}_<sha7>_<date> that CI pushed.` },
  };
}
