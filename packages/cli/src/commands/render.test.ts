import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packChart, startHelmRepository } from '@homeport/plugin-gitops-node/testUtils';
import { parse } from 'yaml';
import { capture } from './testUtils';
import { render } from './render';

const DEMO = path.resolve(__dirname, '../../../../examples/gitops-repo');


function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('homeport render', () => {
  let tmp: string;
  let repo: string;
  let spec: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-render-'));
    repo = path.join(tmp, 'repo');
    fs.cpSync(DEMO, repo, { recursive: true });
    spec = path.join(tmp, 'spec.yaml');
    fs.writeFileSync(
      spec,
      'specs:\n  - { kind: app, name: whoami, source: { type: image, repository: traefik/whoami, tag: v1.10.3, ports: [{ name: http, port: 80 }] } }\n  - { kind: http, app: whoami }\n',
    );
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the change set as a diff and the manual steps, and writes nothing', async () => {
    const before = snapshot(repo);
    const { out, sink } = capture();
    await render({ repo, spec, profile: 'flux-lvm-openbao' }, sink);
    expect(out.stdout.match(/^\+\+\+ b\/.+$/gm)).toEqual([
      '+++ b/.homeport/steps/whoami.yaml',
      '+++ b/apps/kustomization.yaml',
      '+++ b/apps/whoami/catalog-info.yaml',
      '+++ b/apps/whoami/deployment.yaml',
      '+++ b/apps/whoami/ingress.yaml',
      '+++ b/apps/whoami/kustomization.yaml',
      '+++ b/apps/whoami/namespace.yaml',
    ]);
    expect(out.stdout).toContain(' llama\n+  - whoami\n');
    expect(out.stderr).toBe(
      '\nManual steps still owed:\n- [ ] **Create the DNS name whoami.lumpiasty.xyz** (operator): Point whoami.lumpiasty.xyz at the ingress controller; cert-manager issues its certificate once the name resolves. Check: whoami.lumpiasty.xyz resolves (Homeport asks the resolver).\n',
    );
    expect(snapshot(repo)).toEqual(before);
  });

  it('writes the change set with --write, then refuses to create the app again and writes nothing', async () => {
    const before = snapshot(repo);
    const { out, sink } = capture();
    await render({ repo, spec, profile: 'flux-lvm-openbao', write: true }, sink);
    expect(out.stdout.split('\n')[0]).toBe(`Wrote 7 files into ${repo}:`);
    const after = snapshot(repo);
    expect(Object.keys(after).filter(p => !(p in before)).sort()).toEqual([
      '.homeport/steps/whoami.yaml',
      'apps/whoami/catalog-info.yaml',
      'apps/whoami/deployment.yaml',
      'apps/whoami/ingress.yaml',
      'apps/whoami/kustomization.yaml',
      'apps/whoami/namespace.yaml',
    ]);
    await expect(render({ repo, spec, profile: 'flux-lvm-openbao', write: true }, capture().sink)).rejects.toThrow(
      "App 'whoami' already exists (apps/whoami/)",
    );
    expect(snapshot(repo)).toEqual(after);
  });

  it('refuses an unknown profile', async () => {
    await expect(render({ repo, spec, profile: 'helmfile' }, capture().sink)).rejects.toThrow(
      "Unknown profile 'helmfile'; known profiles: flux-lvm-openbao, argocd-ceph-eso, flux-app-chart",
    );
  });

  it('with --read-charts, routes a Helm app to the Service and port its chart makes', async () => {
    const charts = await startHelmRepository([{ name: 'podinfo', version: '6.14.1', archive: await packChart('podinfo') }]);
    try {
      fs.writeFileSync(
        spec,
        `specs:\n  - { kind: app, name: web, source: { type: helm, repository: { type: helm, url: '${charts.url}' }, chart: podinfo, version: 6.14.1 } }\n  - { kind: http, app: web }\n`,
      );
      const { sink } = capture();
      const changes = await render({ repo, spec, profile: 'flux-lvm-openbao', readCharts: true, cacheDir: path.join(tmp, 'cache') }, sink);
      const ingress = parse(changes.files.find(f => f.path === 'apps/web/ingress.yaml')!.content);
      expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'web-podinfo', port: { number: 9898 } } });
      expect(charts.requests).toEqual(['GET /index.yaml', 'GET /archives/podinfo-6.14.1.tgz']);
    } finally {
      await charts.close();
    }
  });
});
