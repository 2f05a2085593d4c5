import { ConflictError, InputError } from '@backstage/errors';
import { ARGOCD_CEPH_ESO, createArgocdCephEsoProfile } from './argocdCephEso';
import { deepMerge } from './document/merge';
import { parseProfileObject } from './document/parse';
import { FluxHelmProfileSpec, ProfileDocument } from './document/schema';
import { FLUX_APP_TEMPLATE, FLUX_APP_TEMPLATE_DOCUMENT } from './fluxAppTemplate/document';
import { createFluxAppChartProfile, FLUX_APP_CHART } from './fluxAppChart';
import { createFluxHelmProfile } from './fluxHelm';
import { createFluxLvmOpenbaoProfile, FLUX_LVM_OPENBAO } from './fluxLvmOpenbao';
import { Profile } from './types';

/** Builds a profile from a team's options (`homeport.profiles.<id>`). @public */
export type ProfileFactory = (options?: unknown) => Profile;

/**
 * The profiles a backend or the command line knows, by id: the built-ins, and any a
 * Backstage module or a test registers. A data document (`renderer: flux-helm`) needs
 * no registration: {@link ProfileRegistry.fromDocument} builds it.
 *
 * @public
 */
export class ProfileRegistry {
  private readonly factories = new Map<string, ProfileFactory>();

  /** Adds a profile; a `ConflictError` if the id is taken. */
  register(id: string, factory: ProfileFactory): this {
    if (this.factories.has(id)) throw new ConflictError(`A profile '${id}' is registered already`);
    this.factories.set(id, factory);
    return this;
  }

  has(id: string): boolean {
    return this.factories.has(id);
  }

  ids(): string[] {
    return [...this.factories.keys()];
  }

  /** A registered profile with the team's options over its defaults. */
  create(id: string, options?: unknown): Profile {
    const factory = this.factories.get(id);
    if (!factory) throw new InputError(`Unknown profile '${id}'; known profiles: ${this.ids().join(', ')}`);
    return factory(options);
  }

  /** The profile a document describes: a registered one with options, or the document rendered as data. */
  fromDocument(doc: ProfileDocument): Profile {
    if ('base' in doc.spec) return this.create(doc.spec.base, doc.spec.options);
    return createFluxHelmProfile(doc);
  }
}

/** The `flux-app-template` document with a team's options (fields of `spec`) over it. */
export function fluxAppTemplateDocument(options: unknown = {}): ProfileDocument {
  return parseProfileObject(
    deepMerge(FLUX_APP_TEMPLATE_DOCUMENT, { spec: options ?? {} }),
    `homeport.profiles.${FLUX_APP_TEMPLATE}`,
  );
}

/** The spec of the `flux-app-template` document with a team's options. */
export function fluxAppTemplateSpec(options: unknown = {}): FluxHelmProfileSpec {
  return fluxAppTemplateDocument(options).spec as FluxHelmProfileSpec;
}

/** A registry holding the four built-ins. @public */
export function createBuiltinRegistry(): ProfileRegistry {
  return new ProfileRegistry()
    .register(FLUX_LVM_OPENBAO, createFluxLvmOpenbaoProfile)
    .register(ARGOCD_CEPH_ESO, createArgocdCephEsoProfile)
    .register(FLUX_APP_CHART, createFluxAppChartProfile)
    .register(FLUX_APP_TEMPLATE, options => createFluxHelmProfile(fluxAppTemplateDocument(options)));
}

/** The registry `createProfile` uses. @public */
export const defaultProfileRegistry: ProfileRegistry = createBuiltinRegistry();

/** The ids of the built-in profiles. */
export const PROFILE_IDS: readonly string[] = defaultProfileRegistry.ids();

/**
 * A built-in (or registered) profile by id, with the team's options (from
 * app-config.yaml) over its defaults.
 *
 * @public
 */
export function createProfile(id: string, options?: unknown): Profile {
  return defaultProfileRegistry.create(id, options);
}
