import { ConfigReader } from '@backstage/config';
import { profileFromConfig } from './profileFromConfig';

describe('profileFromConfig', () => {
  it('applies the options under homeport.profiles.<id>', () => {
    const profile = profileFromConfig(
      new ConfigReader({ homeport: { profiles: { 'flux-lvm-openbao': { domain: 'lab.example.com' } } } }),
      'flux-lvm-openbao',
    );
    expect(profile.defaults).toEqual({ domain: 'lab.example.com' });
  });

  it('uses the defaults without options', () => {
    expect(profileFromConfig(new ConfigReader({}), 'flux-lvm-openbao').defaults).toEqual({
      domain: 'lumpiasty.xyz',
    });
  });

  it('refuses options of the wrong type', () => {
    expect(() =>
      profileFromConfig(
        new ConfigReader({ homeport: { profiles: { 'flux-lvm-openbao': { domain: 7 } } } }),
        'flux-lvm-openbao',
      ),
    ).toThrow(/Expected string, received number/);
  });
});
