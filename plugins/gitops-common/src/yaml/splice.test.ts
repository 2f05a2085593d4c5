import { parse } from 'yaml';
import { spliceAppend, spliceSet, SpliceError } from './splice';

const RELEASE = `---
# a release
spec:
  values:
    controllers:
      echo:
        containers:
          app:
            env:
              PORT: &port 8080 # the port
            securityContext: { capabilities: { drop: ["ALL"] } }
    service:
      app:
        ports:
          http:
            port: *port

    # The public route
    route:
      app:
        hostnames: ["echo.example.com"]
        parentRefs:
          - name: internal
`;

describe('spliced YAML edits', () => {
  it('adds a key at the end of a block mapping and leaves every other line alone', () => {
    const out = spliceSet(RELEASE, ['spec', 'values', 'persistence', 'data'], { existingClaim: 'echo-data', globalMounts: [{ path: '/data' }] });
    expect(out).toBe(`${RELEASE}    persistence:\n      data:\n        existingClaim: echo-data\n        globalMounts:\n          - path: /data\n`);
  });

  it('adds a key inside a nested mapping, after its last item', () => {
    const out = spliceSet(RELEASE, ['spec', 'values', 'controllers', 'echo', 'containers', 'app', 'env', 'ANSWER'], 'yes');
    expect(out).toBe(RELEASE.replace('PORT: &port 8080 # the port\n', 'PORT: &port 8080 # the port\n              ANSWER: "yes"\n'));
    expect(parse(out).spec.values.controllers.echo.containers.app.env).toEqual({ PORT: 8080, ANSWER: 'yes' });
  });

  it('appends to flow and block sequences', () => {
    const flow = spliceAppend(RELEASE, ['spec', 'values', 'route', 'app', 'hostnames'], 'echo.lab.example.com');
    expect(flow).toBe(RELEASE.replace('["echo.example.com"]', '["echo.example.com", echo.lab.example.com]'));
    const block = spliceAppend(RELEASE, ['spec', 'values', 'route', 'app', 'parentRefs'], { name: 'external', namespace: 'network' });
    expect(block).toBe(`${RELEASE}          - name: external\n            namespace: network\n`);
  });

  it('creates a missing list with its first item', () => {
    const out = spliceAppend(RELEASE, ['spec', 'values', 'controllers', 'echo', 'containers', 'app', 'envFrom'], { secretRef: { name: 'echo' } });
    expect(parse(out).spec.values.controllers.echo.containers.app.envFrom).toEqual([{ secretRef: { name: 'echo' } }]);
    expect(out).toContain('            securityContext: { capabilities: { drop: ["ALL"] } }\n            envFrom:\n              - secretRef:\n                  name: echo\n');
  });

  it('refuses to overwrite, and to splice into what it cannot', () => {
    expect(() => spliceSet(RELEASE, ['spec', 'values', 'route', 'app'], {})).toThrow(new SpliceError('already sets spec.values.route.app'));
    expect(() => spliceAppend(RELEASE, ['spec', 'values', 'service'], 1)).toThrow('spec.values.service is not a list');
  });
});
