import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capture } from './testUtils';
import { profileInfer } from './profile';
import { render } from './render';

const SHARED_DIR = process.env.HOMEPORT_SHARED_DIR ?? path.resolve(__dirname, '../../../../../shared');
const corpus = (name: string) => path.join(SHARED_DIR, 'corpus', name);


describe('homeport profile infer', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-profile-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the profile of onedr0p/home-ops with the apps behind each field, and saves it once', async () => {
    const repo = path.join(tmp, 'repo');
    fs.cpSync(corpus('onedr0p__home-ops'), repo, { recursive: true });
    const { out, sink } = capture();
    const { exitCode } = await profileInfer({ dir: repo, format: 'yaml', write: true }, sink);
    expect(exitCode).toBe(0);
    expect(out.stdout).toContain('    # from agregarr, atuin, autobrr, bazarr, brrpolice, cleanrr, cloudflare-tunnel, generic-device-plugin and 16 more (24 of 24)\n    appFolder: kubernetes/apps/{namespace}/{app}\n');
    expect(out.stdout).toContain('# Not decided: postgres: no service in this repository has a Postgres database: postgres specs are refused\n');
    expect(fs.readFileSync(path.join(repo, '.homeport/profile.yaml'), 'utf8')).toBe(out.stdout);
    await expect(profileInfer({ dir: repo, format: 'yaml', write: true }, capture().sink)).rejects.toThrow(
      `.homeport/profile.yaml exists already in ${repo}: delete it first to infer it again`,
    );
  });

  it('says what it found and looked for when nothing fits, and exits 1', async () => {
    fs.writeFileSync(path.join(tmp, 'main.tf'), 'resource "null_resource" "x" {}\n');
    const { out, sink } = capture();
    const { exitCode } = await profileInfer({ dir: tmp, format: 'yaml' }, sink);
    expect(exitCode).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^This repository holds nothing Homeport can read as services .*; it looked for: app-template HelmReleases in app folders \(flux-helm\); /);
  });
});

describe('homeport render without --profile', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-render-auto-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const spec = (dir: string) => {
    const file = path.join(dir, 'spec.yaml');
    fs.writeFileSync(file, 'specs:\n  - { kind: app, name: whoami, source: { type: image, repository: traefik/whoami, tag: v1.10.3, ports: [{ name: http, port: 80 }] } }\n  - { kind: http, app: whoami }\n');
    return file;
  };

  it('writes an app the way billimek/k8s-gitops writes its apps', async () => {
    const repo = path.join(tmp, 'repo');
    fs.cpSync(corpus('billimek__k8s-gitops'), repo, { recursive: true });
    const { out, sink } = capture();
    await render({ repo, spec: spec(tmp), write: true }, sink);
    expect(out.stderr).toContain("Profile: inferred (inferred from the repository's apps: see homeport profile infer)\n");
    expect(out.stdout).toBe(`Wrote 1 files into ${repo}:\n  kubernetes/default/whoami/whoami.yaml\n`);
    const release = fs.readFileSync(path.join(repo, 'kubernetes/default/whoami/whoami.yaml'), 'utf8');
    expect(release).toContain('  chartRef:\n    kind: OCIRepository\n    name: app-template\n    namespace: flux-system\n');
    expect(release).toContain('        hostnames:\n          - whoami.eviljungle.com\n');
  });

  it('refuses a repository nothing fits and writes nothing', async () => {
    fs.writeFileSync(path.join(tmp, 'README.md'), '# notes\n');
    const before = fs.readdirSync(tmp).sort();
    await expect(render({ repo: tmp, spec: spec(tmp), write: true }, capture().sink)).rejects.toThrow(/^This repository holds nothing Homeport can read as services/);
    expect(fs.readdirSync(tmp).sort()).toEqual([...before, 'spec.yaml'].sort());
  });
});
