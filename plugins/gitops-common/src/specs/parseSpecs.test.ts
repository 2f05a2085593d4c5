import { parseSpecs } from './parseSpecs';

describe('parseSpecs', () => {
  it('reads one spec, a list, specs: [...] and several documents alike', () => {
    const one = '{ kind: http, app: web, host: web.example.com }';
    const expected = [{ kind: 'http', app: 'web', host: 'web.example.com', path: '/', tls: true }];
    expect(parseSpecs(one)).toEqual(expected);
    expect(parseSpecs(`[${one}]`)).toEqual(expected);
    expect(parseSpecs(`specs: [${one}]`)).toEqual(expected);
    expect(parseSpecs(`${one}\n---\n${one}`)).toEqual([...expected, ...expected]);
  });

  it('fills defaults', () => {
    expect(
      parseSpecs('{ kind: app, name: web, source: { type: image, repository: nginx, tag: 1.27.3 } }'),
    ).toEqual([
      {
        kind: 'app',
        name: 'web',
        source: { type: 'image', repository: 'nginx', tag: '1.27.3', ports: [], env: [], replicas: 1 },
      },
    ]);
  });

  it.each([
    ['{ kind: app, name: Web_1, source: { type: image, repository: nginx, tag: 1.27.3 } }',
      "Invalid spec: Name: app name must be a DNS-1035 label: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit"],
    ['{ kind: app, name: kube-system, source: { type: image, repository: nginx, tag: 1.27.3 } }',
      "Invalid spec: Name: app name 'kube-system' is reserved"],
    ['{ kind: app, name: web, source: { type: image, repository: nginx, tag: latest } }',
      "Invalid spec: Tag: tag 'latest' is mutable: pin an exact version"],
    ['{ kind: app, name: web, source: { type: image, repository: nginx, tag: "1.27" } }',
      "Invalid spec: Tag: tag '1.27' is a sliding version: pin the full version (such as 1.2.3)"],
    ['{ kind: app, name: web, source: { type: helm, repository: { type: helm, url: https://c.example.com }, chart: web, version: ^1.2.0 } }',
      'Invalid spec: Chart version: version must be an exact semantic version such as 1.2.3 (no range)'],
    ['{ kind: app, name: web, source: { type: helm, repository: { type: git, url: https://g.example.com/x.git }, chart: ../../etc, version: 1.0.0 } }',
      'Invalid spec: Chart: chart must be a chart name or a relative path; Chart: chart path must not contain ..'],
    ['{ kind: app, name: web, source: { type: helm, repository: { type: oci, url: https://charts.example.com }, chart: web, version: 1.2.3 } }',
      'Invalid spec: Chart repository URL: an oci repository url must start with oci://'],
    ['{ kind: volume, app: web, purpose: data, size: 500Mi }',
      'Invalid spec: Size: size must be a whole number of Gi or Ti, such as 10Gi'],
    ['{ kind: secret, app: web, name: web-secret, path: ../root, keys: [a] }',
      "Invalid spec: Store path: path must be lowercase segments separated by '/', such as app/oidc"],
    ['{ kind: secret, app: web, name: web-secret, path: web/x, keys: [] }',
      'Invalid spec: Keys: a secret needs at least one key'],
    ['{ kind: http, app: web, host: "web.example.com\\nspec: x" }',
      'Invalid spec: Host: host must be a lowercase DNS name such as app.example.com'],
    ['{ kind: nope, app: web }',
      "Invalid spec: Kind: Invalid discriminator value. Expected 'app' | 'gpu' | 'postgres' | 'redis' | 'secret' | 'http' | 'tcp' | 'volume'"],
    ['', 'Invalid spec: no spec given'],
    ['a: [1', 'Invalid spec file: '],
    ['{ kind: http, app: web, kind: tcp }', 'Invalid spec file: Map keys must be unique'],
  ])('refuses %s', (text, message) => {
    expect(() => parseSpecs(text)).toThrow(message);
  });

  it('names only the field when one of several specs is wrong', () => {
    expect(() =>
      parseSpecs('[{ kind: app, name: web, source: { type: image, repository: nginx, tag: latest } }, { kind: http, app: web }]'),
    ).toThrow(/^Invalid spec: Tag: tag 'latest' is mutable: pin an exact version$/);
  });

  it('names every bad field at once', () => {
    expect(() =>
      parseSpecs('[{ kind: volume, app: A, purpose: data, size: 1Gi }, { kind: http, app: web, port: 70000 }]'),
    ).toThrow(
      "Invalid spec: the volume (spec 1), App: app name must be a DNS-1035 label: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit; the HTTP exposure (spec 2), Port: Number must be less than or equal to 65535",
    );
  });
});
