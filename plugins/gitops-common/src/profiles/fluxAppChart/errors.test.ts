import { InputError } from '@backstage/errors';
import path from 'node:path';
import { stringify } from 'yaml';
import { ChangeSetBuilder } from '../../render/ChangeSetBuilder';
import { renderChangeSet } from '../../render/renderChangeSet';
import { validateSpecs } from '../../specs';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { createFluxAppChartProfile } from '.';

const repo = readTreeSync(path.join(__dirname, '__fixtures__', 'repo'));
const profile = createFluxAppChartProfile();

const IMAGE = {
  type: 'image',
  repository: 'ghcr.io/example/tiny',
  tag: 'v1_abcdef0_2021-10-08T12.44.03Z',
  ports: [{ name: 'http', port: 3000 }],
};

function app(
  overrides: Record<string, unknown> = {},
  source: Record<string, unknown> = {},
) {
  return {
    kind: 'app',
    name: 'tiny',
    ...overrides,
    source: { ...IMAGE, ...source },
  };
}

/** The InputError rendering `specs` raises, or a failure if it raises none or another. */
function inputError(specs: unknown[], tree = repo): string {
  try {
    renderChangeSet(profile, validateSpecs(specs), tree);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('rendered without an error');
}

describe('flux-app-chart refuses', () => {
  it.each([
    [
      'gpu',
      {
        kind: 'gpu',
        name: 'llm',
        repository: 'ghcr.io/example/llm',
        tag: '1.0.0',
        vendor: 'amd',
      },
      'Profile flux-app-chart cannot render a gpu spec: the simple-app chart has no GPU settings (no device requests, node selector, privileged mode or host devices) and the cluster nodes (Hetzner cax21, cloud-resources/hetzner-k8s.tf) have no GPUs',
    ],
    [
      'postgres',
      { kind: 'postgres', app: 'example-app' },
      'Profile flux-app-chart cannot render a postgres spec: the simple-app chart creates no database and seed 001 has no per-app database convention (the shared postgres-16 release in kubernetes/infrastructure is run by the operators): ask them for a database and pass its URL to the app as a secret',
    ],
    [
      'redis',
      { kind: 'redis', app: 'example-app' },
      'Profile flux-app-chart cannot render a redis spec: the simple-app chart creates no cache and seed 001 has no per-app Redis convention (the shared redis release in kubernetes/infrastructure is run by the operators)',
    ],
    [
      'volume',
      { kind: 'volume', app: 'example-app', purpose: 'data', size: '1Gi' },
      'Profile flux-app-chart cannot render a volume spec: the simple-app chart mounts no volumes (its Deployment has no volumes and it renders no PersistentVolumeClaim); seed 001 sends apps that need a persisted disk to the operators',
    ],
    [
      'tcp',
      {
        kind: 'tcp',
        app: 'example-app',
        ports: [{ name: 'mqtt', port: 1883 }],
      },
      'Profile flux-app-chart cannot render a tcp spec: the simple-app chart exposes HTTP only (a ClusterIP Service on port 80 and an Ingress for its hosts); it has no LoadBalancer or TCP/UDP exposure',
    ],
  ])('a %s spec, with the reason', (kind, spec, message) => {
    const b = new ChangeSetBuilder(repo);
    expect(() => profile.render(validateSpecs([spec]), b)).toThrow(
      new InputError(message),
    );
    // renderChangeSet refuses it before the profile renders, with the same reason.
    const reason = message.slice(message.indexOf(': ') + 2);
    expect(inputError([spec])).toBe(
      `Profile flux-app-chart has no convention for a ${kind} spec: ${reason} (it supports: app, secret, http)`,
    );
  });

  it.each([
    [
      'an id with a digit',
      app({ name: 'app2' }),
      "App id 'app2' must contain only lowercase letters and '-' (seed 001 names apps kubernetes/apps/<id>)",
    ],
    [
      'an id too long for the chart',
      app({ name: 'a'.repeat(47) }),
      `App id '${'a'.repeat(
        47,
      )}' must be at most 46 characters: the chart labels its ImageRepository '${'a'.repeat(
        47,
      )}-image-repository' and label values hold at most 63`,
    ],
    [
      'an app from a Helm chart',
      {
        kind: 'app',
        name: 'grafana',
        source: {
          type: 'helm',
          repository: {
            type: 'helm',
            url: 'https://grafana.github.io/helm-charts',
          },
          chart: 'grafana',
          version: '8.0.0',
        },
      },
      "App 'grafana' comes from a Helm chart (grafana): this profile deploys every app as a HelmRelease of the in-house chart simple-app; give a container image instead",
    ],
    [
      'another namespace',
      app({ namespace: 'apps' }),
      "App 'tiny' cannot use namespace 'apps': the simple-app chart puts the app's objects in namespace 'tiny' (the HelmRelease itself lives in app-releases)",
    ],
    [
      'a semver tag',
      app({}, { tag: '1.2.3' }),
      "Tag '1.2.3' of app 'tiny' does not match the image-automation pattern v<N>_<sha7>_<YYYY-MM-DDTHH.MM.SSZ> (such as v1_abcdef0_2021-10-08T12.44.03Z)",
    ],
    [
      'a tag with a six-character hash',
      app({}, { tag: 'v1_abcdef_2021-10-08T12.44.03Z' }),
      "Tag 'v1_abcdef_2021-10-08T12.44.03Z' of app 'tiny' does not match the image-automation pattern v<N>_<sha7>_<YYYY-MM-DDTHH.MM.SSZ> (such as v1_abcdef0_2021-10-08T12.44.03Z)",
    ],
    [
      'a tag whose hash is not hexadecimal',
      app({}, { tag: 'v1_abcdefg_2021-10-08T12.44.03Z' }),
      "Tag 'v1_abcdefg_2021-10-08T12.44.03Z' of app 'tiny' does not match the image-automation pattern v<N>_<sha7>_<YYYY-MM-DDTHH.MM.SSZ> (such as v1_abcdef0_2021-10-08T12.44.03Z)",
    ],
    [
      'no port',
      app({}, { ports: [] }),
      "App 'tiny' must expose exactly one TCP port: the simple-app chart has a single exposedPort (got 0)",
    ],
    [
      'two ports',
      app(
        {},
        {
          ports: [
            { name: 'http', port: 3000 },
            { name: 'metrics', port: 9090 },
          ],
        },
      ),
      "App 'tiny' must expose exactly one TCP port: the simple-app chart has a single exposedPort (got 2)",
    ],
    [
      'a UDP port',
      app({}, { ports: [{ name: 'dns', port: 5353, protocol: 'UDP' }] }),
      "Port dns of app 'tiny' is UDP: the simple-app chart exposes TCP only",
    ],
    [
      'a command',
      app({}, { command: ['/bin/server'] }),
      "App 'tiny' sets command or args: the simple-app chart runs the image's own entrypoint (it has no command or args values)",
    ],
    [
      'a probe on another port',
      app({}, { probes: { liveness: { path: '/health', port: 9000 } } }),
      "The liveness probe of app 'tiny' checks port 9000: the simple-app chart probes exposedPort (3000)",
    ],
    [
      'an environment variable set twice',
      app(
        {},
        {
          env: [
            { name: 'PORT', value: '1' },
            { name: 'PORT', value: '2' },
          ],
        },
      ),
      "Environment variable PORT of app 'tiny' is set twice",
    ],
    [
      'http without TLS',
      { kind: 'http', app: 'example-app', host: 'a.example.org', tls: false },
      "http spec of app 'example-app': the simple-app chart always serves its hosts with TLS (cert-manager); tls: false is not possible",
    ],
    [
      'http on a path',
      { kind: 'http', app: 'example-app', host: 'a.example.org', path: '/api' },
      "http spec of app 'example-app': the simple-app chart routes whole hosts (path /) to the app; path /api is not possible",
    ],
    [
      'http to another Service',
      {
        kind: 'http',
        app: 'example-app',
        host: 'a.example.org',
        service: 'other',
      },
      "http spec of app 'example-app': the simple-app chart routes to its own Service example-app-service; service other is not possible",
    ],
    [
      'http to a port that is neither 80 nor exposedPort',
      { kind: 'http', app: 'example-app', host: 'a.example.org', port: 8443 },
      "http spec of app 'example-app': the simple-app chart's Service listens on port 80 and forwards to exposedPort (3000); port 8443 is neither",
    ],
    [
      'a secret with another name',
      {
        kind: 'secret',
        app: 'example-app',
        name: 'smtp',
        path: 'example-app/smtp',
        keys: ['PASSWORD'],
      },
      "Secret 'smtp' of app 'example-app': the simple-app chart reads only the Secret named after the app (hasSecrets: true); name it 'example-app'",
    ],
  ])('%s', (_what, spec, message) => {
    expect(inputError([spec])).toBe(message);
  });

  it('a host for an app that is not a release of the chart', () => {
    const release = stringify({
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'grafana', namespace: 'monitoring' },
      spec: {
        chart: {
          spec: {
            chart: 'grafana',
            sourceRef: { kind: 'HelmRepository', name: 'grafana' },
          },
        },
      },
    });
    const tree = repo.with([['kubernetes/apps/grafana/release.yaml', release]]);
    expect(
      inputError(
        [{ kind: 'http', app: 'grafana', host: 'grafana.example.org' }],
        tree,
      ),
    ).toBe(
      'kubernetes/apps/grafana/release.yaml is not a HelmRelease of the simple-app chart: change it by hand',
    );
  });

  it('a release that is not YAML', () => {
    const tree = repo.with([
      ['kubernetes/apps/broken/release.yaml', 'spec: [unclosed\n'],
    ]);
    expect(
      inputError(
        [{ kind: 'http', app: 'broken', host: 'b.example.org' }],
        tree,
      ),
    ).toMatch(/^kubernetes\/apps\/broken\/release.yaml is not valid YAML: /);
  });

  it('options that make no sense', () => {
    expect(() => createFluxAppChartProfile({ tagFormat: '^v\\d+_' })).toThrow(
      'tagFormat must be a regular expression with a named group (?<major>...)',
    );
    expect(() =>
      createFluxAppChartProfile({ chart: { defaultReplicas: -1 } }),
    ).toThrow(/defaultReplicas/);
  });
});
