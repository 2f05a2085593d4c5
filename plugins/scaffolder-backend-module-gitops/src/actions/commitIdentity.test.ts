import { UserEntity } from '@backstage/catalog-model';
import { commitIdentity, identityEnv } from './commitIdentity';

const ada: UserEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'ada' },
  spec: { profile: { displayName: 'Ada Lovelace', email: 'ada@lab.test' }, memberOf: [] },
};

describe('commitIdentity', () => {
  it('makes the requesting user the author and Homeport the committer', () => {
    const identity = commitIdentity({ entity: ada, ref: 'user:default/ada' });
    expect(identity).toEqual({
      author: { name: 'Ada Lovelace', email: 'ada@lab.test' },
      committer: { name: 'Homeport', email: 'homeport@localhost' },
    });
    expect(identityEnv(identity)).toEqual({
      GIT_AUTHOR_NAME: 'Ada Lovelace',
      GIT_AUTHOR_EMAIL: 'ada@lab.test',
      GIT_COMMITTER_NAME: 'Homeport',
      GIT_COMMITTER_EMAIL: 'homeport@localhost',
    });
  });

  it('falls back to the entity name without a display name', () => {
    const noName = { ...ada, spec: { profile: { email: 'ada@lab.test' } } };
    expect(commitIdentity({ entity: noName }).author).toEqual({ name: 'ada', email: 'ada@lab.test' });
  });

  it('keeps Homeport as author for a user without an email, and names the user', () => {
    expect(commitIdentity({ ref: 'user:development/guest' })).toEqual({
      author: { name: 'Homeport', email: 'homeport@localhost' },
      committer: { name: 'Homeport', email: 'homeport@localhost' },
      requestedBy: 'user:development/guest',
    });
  });
});
