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
      "Invalid spec: specs[0].name: app name must be a DNS-1035 label: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit"],
    ['{ kind: app, name: kube-system, source: { type: image, repository: nginx, tag: 1.27.3 } }',
      "Invalid spec: specs[0].name: app name 'kube-system' is reserved"],
    ['{ kind: app, name: web, source: { type: image, repository: nginx, tag: latest } }',
      "Invalid spec: specs[0].source.tag: tag 'latest' is mutable: pin an exact version"],
    ['{ kind: app, name: web, source: { type: image, repository: nginx, tag: "1.27" } }',
      "Invalid spec: specs[0].source.tag: tag '1.27' is a sliding version: pin the full version (such as 1.2.3)"],
    ['{ kind: app, name: web, source: { type: helm, repository: { type: helm, url: https://c.example.com }, chart: web, version: ^1.2.0 } }',
      'Invalid spec: specs[0].source.version: version must be an exact semantic version such as 1.2.3 (no range)'],
    ['{ kind: app, name: web, source: { type: helm, repository: { type: git, url: https://g.example.com/x.git }, chart: ../../etc, version: 1.0.0 } }',
      'Invalid spec: specs[0].source.chart: chart must be a chart name or a relative path; specs[0].source.chart: chart path must not contain ..'],
    ['{ kind: app, name: web, source: { type: helm, repository: { type: oci, url: https://charts.example.com }, chart: web, version: 1.2.3 } }',
      'Invalid spec: specs[0].source.repository.url: an oci repository url must start with oci://'],
    ['{ kind: volume, app: web, purpose: data, size: 500Mi }',
      'Invalid spec: specs[0].size: size must be a whole number of Gi or Ti, such as 10Gi'],
    ['{ kind: secret, app: web, name: web-secret, path: ../root, keys: [a] }',
      "Invalid spec: specs[0].path: path must be lowercase segments separated by '/', such as app/oidc"],
    ['{ kind: secret, app: web, name: web-secret, path: web/x, keys: [] }',
      'Invalid spec: specs[0].keys: a secret needs at least one key'],
    ['{ kind: http, app: web, host: "web.example.com\\nspec: x" }',
      'Invalid spec: specs[0].host: host must be a lowercase DNS name such as app.example.com'],
    ['{ kind: nope, app: web }',
      "Invalid spec: specs[0].kind: Invalid discriminator value. Expected 'app' | 'gpu' | 'postgres' | 'redis' | 'secret' | 'http' | 'tcp' | 'volume'"],
    ['', 'Invalid spec: no spec given'],
    ['a: [1', 'Invalid spec file: '],
    ['{ kind: http, app: web, kind: tcp }', 'Invalid spec file: Map keys must be unique'],
  ])('refuses %s', (text, message) => {
    expect(() => parseSpecs(text)).toThrow(message);
  });

  it('names every bad field at once', () => {
    expect(() =>
      parseSpecs('[{ kind: volume, app: A, purpose: data, size: 1Gi }, { kind: http, app: web, port: 70000 }]'),
    ).toThrow(
      "Invalid spec: specs[0].app: app name must be a DNS-1035 label: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit; specs[1].port: Number must be less than or equal to 65535",
    );
  });
});
