import { readRepository } from '../../read/readRepository';
import { RepositoryModel } from '../../read/types';
import { FileTree } from '../../tree/FileTree';
import { parseProfileObject } from '../document/parse';
import { ProfileDocument } from '../document/schema';
import { builtinEntryPoints, matchBuiltin } from './builtins';
import { inferFluxHelm } from './inferFluxHelm';
import { ProfileInference } from './types';

const REQUIRED = ['domain', 'layout.appFolder', 'registration.type', 'chart.version'];

function entryPoints(model: RepositoryModel): string[] {
  const count = (pred: (kind: string) => boolean) => model.services.filter(s => s.workloads.some(w => pred(w.kind))).length;
  const found: string[] = [];
  const engines = new Map<string, number>();
  for (const s of model.services) engines.set(s.engine, (engines.get(s.engine) ?? 0) + 1);
  for (const [engine, n] of engines) found.push(`${n} services applied by ${engine}`);
  const releases = count(k => k === 'HelmRelease');
  if (releases) found.push(`${releases} services with a HelmRelease`);
  const raw = count(k => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(k));
  if (raw) found.push(`${raw} services with raw workloads`);
  return found;
}

/** The document that names a built-in whose layout a repository has. */
export function builtinDocument(profile: string): ProfileDocument {
  return parseProfileObject(
    {
      apiVersion: 'homeport.dev/v1alpha1',
      kind: 'Profile',
      metadata: { name: profile, title: `The built-in ${profile} layout` },
      spec: { base: profile, options: {} },
    },
    'the inferred profile',
  );
}

/**
 * Drafts the repository's profile from its own apps: a built-in whose layout it has, or
 * a `flux-helm` document whose every field names the apps it came from. When nothing
 * fits, says which entry points were found and which were looked for.
 *
 * @public
 */
export function inferProfile(tree: FileTree, model: RepositoryModel = readRepository(tree)): ProfileInference {
  const found = entryPoints(model);
  const builtin = matchBuiltin(tree);
  if (builtin) {
    return {
      document: builtinDocument(builtin.profile),
      fields: [{ field: 'base', evidence: builtin.evidence, of: builtin.evidence.length }],
      undecided: [],
      entryPoints: { found: [...found, ...builtin.evidence], missing: [] },
    };
  }
  const missing = ['app-template HelmReleases in app folders (flux-helm)', ...builtinEntryPoints()];
  const draft = inferFluxHelm(tree, model.services);
  if (!draft) {
    return {
      fields: [],
      undecided: [],
      entryPoints: { found, missing },
      reason: found.length
        ? `No convention Homeport can write fits this repository: it found ${found.join(', ')}, but none of: ${missing.join('; ')}`
        : `This repository holds nothing Homeport can read as services (no Flux Kustomization, Argo CD Application, HelmRelease or workload); it looked for: ${missing.join('; ')}`,
    };
  }
  const lacking = REQUIRED.filter(f => !draft.fields.some(x => x.field === f));
  const inferredFrom = `${draft.apps.length} app-template apps`;
  if (lacking.length) {
    return {
      fields: draft.fields,
      undecided: draft.undecided,
      entryPoints: { found: [...found, inferredFrom], missing },
      reason: `Homeport found ${inferredFrom} but could not decide ${lacking.join(', ')}: ${draft.undecided.filter(u => lacking.some(l => u.field.startsWith(l))).map(u => u.reason).join('; ') || 'no app shows them'}`,
    };
  }
  const document = parseProfileObject(
    {
      apiVersion: 'homeport.dev/v1alpha1',
      kind: 'Profile',
      metadata: { name: 'inferred', title: `Inferred from ${inferredFrom}` },
      spec: draft.spec,
    },
    'the inferred profile',
  );
  return { document, fields: draft.fields, undecided: draft.undecided, entryPoints: { found: [...found, inferredFrom], missing: [] } };
}
