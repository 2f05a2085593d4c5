import { demo, edit, lintRule } from '../../testing';

const values = (block: string) => edit(demo(), 'apps/podinfo/release.yaml', ['    redis:\n      enabled: false\n', block]);

describe('flux-lvm-openbao/bundled-pvc', () => {
  const ID = 'flux-lvm-openbao/bundled-pvc';

  it('passes on claims the chart is pointed at, and on disabled sub-charts', () => {
    expect(lintRule(ID, demo())).toEqual([]);
    const tree = values(
      '    persistence:\n      enabled: true\n      existingClaim: podinfo-data\n    postgresql:\n      enabled: false\n      primary:\n        persistence:\n          enabled: true\n',
    );
    expect(lintRule(ID, tree)).toEqual([]);
  });

  it('reports persistence the chart provisions itself, per volume and in enabled sub-charts', () => {
    const tree = values(
      '    persistence:\n      media:\n        enabled: true\n        storageClass: mayastor-single-hdd\n    redis:\n      enabled: true\n      master:\n        persistence:\n          enabled: true\n',
    );
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 58, message: 'values.persistence.media of HelmRelease podinfo lets the chart create its own PVC on mayastor-single-hdd' },
      { file: 'apps/podinfo/release.yaml', line: 64, message: 'values.redis.master.persistence of HelmRelease podinfo lets the chart create its own PVC' },
    ]);
  });
});

describe('flux-lvm-openbao/bundled-pvc: volumes that are no claim', () => {
  const ID = 'flux-lvm-openbao/bundled-pvc';

  it('counts only entries backed by a claim of their own, not emptyDir, nfs, configMap, secret or hostPath', () => {
    const tree = values(
      [
        '    persistence:',
        '      cache: { enabled: true, type: emptyDir }',
        '      media: { enabled: true, type: nfs, server: nas.lan, path: /media }',
        '      config-file: { enabled: true, type: configMap, name: podinfo-config }',
        '      creds: { enabled: true, type: secret, name: podinfo-secret }',
        '      dev: { enabled: true, type: hostPath, hostPath: /dev/dri }',
        '      backups: { enabled: true, nfs: { server: nas.lan, path: /backups } }',
        '      data: { enabled: true, type: persistentVolumeClaim, size: 1Gi }',
        '',
      ].join('\n'),
    );
    expect(lintRule(ID, tree)).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 64, message: 'values.persistence.data of HelmRelease podinfo lets the chart create its own PVC' },
    ]);
  });
});

describe('flux-lvm-openbao/bundled-postgres', () => {
  const ID = 'flux-lvm-openbao/bundled-postgres';

  it('passes when the bundled database is off', () => {
    expect(lintRule(ID, values('    postgresql:\n      enabled: false\n'))).toEqual([]);
  });

  it('reports an enabled bundled database', () => {
    expect(lintRule(ID, values('    postgresql:\n      enabled: true\n'))).toEqual([
      { file: 'apps/podinfo/release.yaml', line: 58, message: "values.postgresql.enabled of HelmRelease podinfo installs the chart's bundled PostgreSQL" },
    ]);
  });
});
