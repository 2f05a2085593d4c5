import { ServiceModel } from '@homeport/plugin-gitops-common';
import { parseCodeOwners } from './codeowners';
import { ownerRef, serviceOwner } from './owner';

function service(owners: ServiceModel['owners']): ServiceModel {
  return {
    id: 'app',
    engine: 'flux',
    folder: 'apps/app',
    files: [],
    workloads: [],
    hosts: [],
    databases: [],
    caches: [],
    secrets: [],
    volumes: [],
    labels: {},
    owners,
  };
}

describe('serviceOwner', () => {
  const codeOwners = parseCodeOwners('/apps/app/ @lab/from-codeowners');

  it('prefers catalog-info, then a label or annotation, then CODEOWNERS, then the default', () => {
    const hint = (key: string, value: string) => ({
      key,
      value,
      file: 'apps/app/x.yaml',
    });
    expect(
      serviceOwner(
        service([
          hint('team', 'media'),
          hint('spec.owner', 'group:default/home'),
        ]),
        codeOwners,
        'group:default/platform',
      ),
    ).toEqual({ owner: 'group:default/home', source: 'catalog-info' });
    expect(
      serviceOwner(
        service([
          hint('team', 'media'),
          hint('backstage.io/owner', 'user:default/ada'),
        ]),
        codeOwners,
        'group:default/platform',
      ),
    ).toEqual({ owner: 'user:default/ada', source: 'label' });
    expect(
      serviceOwner(
        service([hint('owner', 'media')]),
        codeOwners,
        'group:default/platform',
      ),
    ).toEqual({
      owner: 'group:default/media',
      source: 'label',
    });
    // part-of names an application, not an owner.
    expect(
      serviceOwner(
        service([hint('app.kubernetes.io/part-of', 'media')]),
        codeOwners,
        'group:default/platform',
      ),
    ).toEqual({
      owner: 'group:default/from-codeowners',
      source: 'codeowners',
    });
    expect(serviceOwner(service([]), [], 'group:default/platform')).toEqual({
      owner: 'group:default/platform',
      source: 'default',
    });
  });

  it('reads owner values as entity references', () => {
    expect(ownerRef('group:lab/ai')).toBe('group:lab/ai');
    expect(ownerRef('@lab/ai')).toBe('group:default/ai');
    expect(ownerRef('ai')).toBe('group:default/ai');
    expect(ownerRef('lab/ai')).toBe('group:lab/ai');
  });
});
