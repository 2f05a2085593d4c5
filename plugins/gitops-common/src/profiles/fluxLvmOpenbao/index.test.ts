import fs from 'node:fs';
import path from 'node:path';
import { parseSpecs } from '../../specs';
import { renderChangeSet } from '../../render/renderChangeSet';
import { expectGolden } from '../../testUtils/golden';
import { DEMO_REPO } from '../../testUtils/paths';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { createFluxLvmOpenbaoProfile } from '.';

const FIXTURES = path.join(__dirname, '__fixtures__');
const profile = createFluxLvmOpenbaoProfile();
const demo = readTreeSync(DEMO_REPO);

function render(specYaml: string) {
  return renderChangeSet(profile, parseSpecs(specYaml), demo);
}

describe('flux-lvm-openbao golden files (against the demo repository)', () => {
  const cases = fs.readdirSync(FIXTURES).sort();

  it('has a case for every spec kind the profile supports', () => {
    const kinds = new Set(
      cases.flatMap(c =>
        parseSpecs(fs.readFileSync(path.join(FIXTURES, c, 'spec.yaml'), 'utf8')).map(s => s.kind),
      ),
    );
    expect([...kinds].sort()).toEqual([...profile.supports].sort());
  });

  it.each(cases)('%s', name => {
    const dir = path.join(FIXTURES, name);
    expectGolden(render(fs.readFileSync(path.join(dir, 'spec.yaml'), 'utf8')), dir);
  });
});

describe('flux-lvm-openbao refusals', () => {
  it.each([
    [
      'an app that exists',
      '{ kind: app, name: mealie, source: { type: image, repository: ghcr.io/mealie-recipes/mealie, tag: v3.16.0 } }',
      "App 'mealie' already exists (apps/mealie/)",
    ],
    [
      'an attachment to an app that does not exist',
      '{ kind: postgres, app: nextcloud }',
      "App 'nextcloud' does not exist (no apps/nextcloud/): create the app first, or add it to the same request",
    ],
    [
      'a shared database',
      '{ kind: postgres, app: podinfo, mode: shared }',
      'flux-lvm-openbao gives each app its own CloudNativePG cluster (seed 000): mode "shared" is not available',
    ],
    [
      'a LoadBalancer for HTTP',
      '{ kind: tcp, app: podinfo, ports: [{ name: web, port: 8080 }] }',
      'Port web (8080) looks like HTTP: expose HTTP through an Ingress (an http spec), not a LoadBalancer',
    ],
    [
      'a second database for an app that has one',
      '{ kind: postgres, app: mealie }',
      'apps/mealie/postgres-cluster.yaml already exists in the repository',
    ],
    [
      'a host the app serves already',
      '{ kind: http, app: podinfo, host: podinfo.lumpiasty.xyz, port: 9898 }',
      'Ingress podinfo (apps/podinfo/ingress.yaml) already serves podinfo.lumpiasty.xyz',
    ],
    [
      'a host another app serves',
      '{ kind: http, app: mealie, host: podinfo.lumpiasty.xyz, port: 9000 }',
      'The change gives Ingress mealie-podinfo (apps/mealie/ingress-podinfo.yaml) the host podinfo.lumpiasty.xyz, which Ingress podinfo (apps/podinfo/ingress.yaml:6) already uses: choose another host name',
    ],
    [
      'a Secret name another object writes',
      '{ kind: secret, app: mealie, name: mealie-authentik, path: mealie/other, keys: [token] }',
      'The change gives VaultStaticSecret mealie-authentik (apps/mealie/secret-mealie-authentik.yaml) the Secret mealie/mealie-authentik, which VaultStaticSecret mealie-authentik (apps/mealie/secret.yaml:25) already uses: choose another name',
    ],
    [
      'a port the LoadBalancer has',
      '{ kind: tcp, app: teamspeak, ports: [{ name: files, port: 30033 }] }',
      'LoadBalancer teamspeak (apps/teamspeak/service.yaml) already has port filetransfer (30033/TCP): choose another port and name',
    ],
  ])('refuses %s', (_what, spec, message) => {
    expect(() => render(spec)).toThrow(message);
  });

  it('refuses two new hosts that are the same in one request', () => {
    const app = '{ kind: app, name: x1, source: { type: image, repository: nginx, tag: 1.27.3, ports: [{ name: http, port: 80 }] } }';
    expect(() => render(`[${app}, { kind: http, app: x1, host: x.lumpiasty.xyz, port: 80 }, { kind: http, app: podinfo, host: x.lumpiasty.xyz, port: 9898 }]`)).toThrow(
      'The change gives Ingress x1 (apps/x1/ingress.yaml) the host x.lumpiasty.xyz, which Ingress podinfo (apps/podinfo/ingress.yaml:6) already uses: choose another host name',
    );
  });

  it('refuses the same app twice in one request', () => {
    const app = '{ kind: app, name: x1, source: { type: image, repository: nginx, tag: 1.27.3 } }';
    expect(() => render(`[${app}, ${app}]`)).toThrow("App 'x1' is created twice in one request");
  });

  it('names the file when the registration kustomization is not YAML', () => {
    const broken = demo.with([['apps/kustomization.yaml', 'resources: [podinfo\n']]);
    expect(() =>
      renderChangeSet(
        profile,
        parseSpecs('{ kind: app, name: x1, source: { type: image, repository: nginx, tag: 1.27.3 } }'),
        broken,
      ),
    ).toThrow(/^apps\/kustomization.yaml is not valid YAML: /);
  });

  it('is deterministic', () => {
    const spec = fs.readFileSync(path.join(FIXTURES, 'app-full/spec.yaml'), 'utf8');
    expect(render(spec)).toEqual(render(spec));
  });
});
