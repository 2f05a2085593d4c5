import { UserEntity } from '@backstage/catalog-model';
import { HOMEPORT_GIT_IDENTITY } from '@homeport/plugin-gitops-node';

/** A git identity. */
export interface GitIdentity {
  name: string;
  email: string;
}

/**
 * Who a commit of the wizard is by: the requesting user as author (name and email from
 * the catalog User entity), Homeport as committer. A user whose entity has no email (or
 * no entity, such as the guest) leaves Homeport as author too; the commit body then names
 * the user's entity ref.
 */
export function commitIdentity(user?: { entity?: UserEntity; ref?: string }): {
  author: GitIdentity;
  committer: GitIdentity;
  requestedBy?: string;
} {
  const entity = user?.entity;
  const email = entity?.spec?.profile?.email;
  const committer = { ...HOMEPORT_GIT_IDENTITY };
  if (entity && email) {
    return { author: { name: entity.spec?.profile?.displayName ?? entity.metadata.name, email }, committer };
  }
  return { author: committer, committer, requestedBy: user?.ref };
}

/** The environment that makes git use exactly these identities (over any `user.*` config). */
export function identityEnv(identity: { author: GitIdentity; committer: GitIdentity }): NodeJS.ProcessEnv {
  return {
    GIT_AUTHOR_NAME: identity.author.name,
    GIT_AUTHOR_EMAIL: identity.author.email,
    GIT_COMMITTER_NAME: identity.committer.name,
    GIT_COMMITTER_EMAIL: identity.committer.email,
  };
}
