import { ConflictError } from '@backstage/errors';
import { ChangeSet } from '../changeset/types';
import { arrayAt, stringAt } from '../lint/k8s';
import { RepoIndex, YamlDoc } from '../lint/repoIndex';
import { ReadCache } from '../read/readCache';
import { FileTree } from '../tree/FileTree';
import { OverlayTree } from '../tree/OverlayTree';

/** Something only one object of a repository may have: a host name, a Secret's name. */
interface Claim {
  key: string;
  /** In words: `host rss.example.org`, `Secret mealie/mealie-authentik`. */
  what: string;
  doc: YamlDoc;
}

const CLAIMING_KINDS = ['Ingress', 'HTTPRoute', 'Secret', 'SealedSecret', 'VaultStaticSecret', 'ExternalSecret'];

/** The name of the Secret an object writes into the cluster, if it writes one. */
function secretName(doc: YamlDoc): string | undefined {
  switch (doc.kind) {
    case 'Secret':
    case 'SealedSecret':
      return doc.name;
    case 'VaultStaticSecret':
      return stringAt(doc.value, ['spec', 'destination', 'name']);
    case 'ExternalSecret':
      return stringAt(doc.value, ['spec', 'target', 'name']) ?? doc.name;
    default:
      return undefined;
  }
}

function hostsOf(doc: YamlDoc): string[] {
  if (doc.kind === 'Ingress') return arrayAt(doc.value, ['spec', 'rules']).map(r => stringAt(r, ['host'])).filter((h): h is string => !!h);
  if (doc.kind === 'HTTPRoute') return arrayAt(doc.value, ['spec', 'hostnames']).filter((h): h is string => typeof h === 'string');
  return [];
}

function claimsOf(index: RepoIndex, doc: YamlDoc): Claim[] {
  const claims = hostsOf(doc)
    .filter(host => !host.includes('${') && !host.startsWith('*'))
    .map(host => ({ key: `host\u0000${host}`, what: `host ${host}`, doc }));
  const secret = secretName(doc);
  const namespace = index.namespaceOf(doc);
  if (secret && namespace && !secret.includes('${')) {
    claims.push({ key: `secret\u0000${namespace}\u0000${secret}`, what: `Secret ${namespace}/${secret}`, doc });
  }
  return claims;
}

function where(claim: Claim): string {
  return `${claim.doc.label} (${claim.doc.file}:${claim.doc.line(['metadata', 'name'])})`;
}

/**
 * Refuses a change set that gives an object a host name or a Secret name another object
 * of the repository already has: two Ingresses for one host, or two writers of one
 * Secret, deploy but fight each other in the cluster. Conflicts that were in the
 * repository before are left alone.
 */
export function refuseConflicts(tree: FileTree, changeSet: ChangeSet): void {
  if (!changeSet.files.length) return;
  const touched = new Set(changeSet.files.map(f => f.path));
  // One parse of each file the change set leaves alone serves both indexes.
  const cache = new ReadCache();
  const before = new RepoIndex(tree, cache);
  const after = new RepoIndex(new OverlayTree(tree, changeSet), cache);
  const existing = new Map<string, Claim>();
  const keysBefore = new Set<string>();
  for (const doc of before.objects(...CLAIMING_KINDS)) {
    for (const claim of claimsOf(before, doc)) {
      if (!existing.has(claim.key)) existing.set(claim.key, claim);
      if (touched.has(doc.file)) keysBefore.add(`${doc.file}\u0000${claim.key}`);
    }
  }
  for (const doc of after.objects(...CLAIMING_KINDS)) {
    if (!touched.has(doc.file)) continue;
    for (const claim of claimsOf(after, doc)) {
      if (keysBefore.has(`${doc.file}\u0000${claim.key}`)) continue; // was there before
      const prior = existing.get(claim.key);
      if (prior) {
        throw new ConflictError(
          `The change gives ${claim.doc.label} (${claim.doc.file}) the ${claim.what}, which ${where(prior)} already uses: choose another ${claim.key.startsWith('host') ? 'host name' : 'name'}`,
        );
      }
      existing.set(claim.key, claim);
    }
  }
}
