import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capture } from './testUtils';
import { Command } from 'commander';
import { lint, registerLint } from './lint';
import { render } from './render';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const DEMO = path.join(REPO_ROOT, 'examples/gitops-repo');
const SHARED = process.env.HOMEPORT_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared');
const KLASTER = path.join(SHARED, 'corpus/Lumpiasty__klaster');


describe('homeport lint', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-lint-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the findings of the klaster extract with file and line, and exits 1', async () => {
    const repo = path.join(tmp, 'klaster');
    fs.cpSync(KLASTER, repo, { recursive: true });
    const { out, sink } = capture();
    const { exitCode } = await lint({ dir: repo, profile: 'flux-lvm-openbao', format: 'text' }, sink);
    expect(exitCode).toBe(1);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).every(l => /^[^\s:]+:\d+ {2}(error|warning|info) {2}\S+ {2}.+$/.test(l))).toBe(true);
    expect(lines).toEqual(
      expect.arrayContaining([
        "apps/crawl4ai/deployment.yaml:18  error  flux-lvm-openbao/mutable-tag  Image unclecode/crawl4ai:latest of container crawl4ai (Deployment crawl4ai): tag 'latest' is mutable: pin an exact version",
        'apps/llama/pvc-kokoro-ssd.yaml:1  error  flux-lvm-openbao/unlisted-file  apps/llama/pvc-kokoro-ssd.yaml is not listed in apps/llama/kustomization.yaml: it is never applied',
        'apps/llama/deployment.yaml:36  error  homeport/undefined-secret  Secret llama/llama-openrouter is referenced by Deployment llama-swap but defined nowhere in the repository',
        'apps/gitea/release.yaml:53  error  flux-lvm-openbao/bundled-pvc  values.persistence of HelmRelease gitea lets the chart create its own PVC on mayastor-single-hdd',
        'apps/frigate/release.yaml:135  error  flux-lvm-openbao/bundled-pvc  values.persistence.media of HelmRelease frigate lets the chart create its own PVC on mayastor-single-hdd',
      ]),
    );
    expect(lines[lines.length - 1]).toBe('86 errors, 15 warnings');
  });

  it('exits 0 on the demo repository, also after a template run wrote into it', async () => {
    const repo = path.join(tmp, 'repo');
    fs.cpSync(DEMO, repo, { recursive: true });
    const first = capture();
    expect((await lint({ dir: repo, profile: 'flux-lvm-openbao', format: 'text' }, first.sink)).exitCode).toBe(0);
    expect(first.out.stdout).toBe('0 errors, 0 warnings\n');

    const spec = path.join(tmp, 'spec.yaml');
    fs.writeFileSync(
      spec,
      `specs:
  - { kind: app, name: whoami, source: { type: image, repository: traefik/whoami, tag: v1.10.3, ports: [{ name: http, port: 80 }] } }
  - { kind: http, app: whoami }
  - { kind: volume, app: whoami, purpose: data, size: 1Gi }
  - { kind: postgres, app: whoami }
  - { kind: secret, app: whoami, name: whoami-env, path: whoami, keys: [TOKEN] }
  - { kind: tcp, app: teamspeak, ports: [{ name: query, port: 10011 }] }
`,
    );
    await render({ repo, spec, profile: 'flux-lvm-openbao', write: true }, capture().sink);
    const second = capture();
    expect((await lint({ dir: repo, profile: 'flux-lvm-openbao', format: 'text' }, second.sink)).exitCode).toBe(0);
    expect(second.out.stdout).toBe('0 errors, 0 warnings\n');
  });

  it('writes SARIF 2.1.0 and JSON', async () => {
    const sarif = capture();
    await lint({ dir: KLASTER, profile: 'flux-lvm-openbao', format: 'sarif' }, sarif.sink);
    const log = JSON.parse(sarif.out.stdout);
    expect(log).toMatchObject({ version: '2.1.0', $schema: expect.stringContaining('sarif-2.1.0') });
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('flux-lvm-openbao/unlisted-file');
    expect(run.results).toHaveLength(101);
    expect(run.results[0]).toMatchObject({
      ruleId: expect.any(String),
      level: expect.stringMatching(/^(error|warning|note)$/),
      message: { text: expect.any(String) },
      locations: [{ physicalLocation: { artifactLocation: { uri: expect.any(String) }, region: { startLine: expect.any(Number) } } }],
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);

    const json = capture();
    await lint({ dir: KLASTER, profile: 'flux-lvm-openbao', format: 'json' }, json.sink);
    expect(JSON.parse(json.out.stdout)).toMatchObject({ profile: 'flux-lvm-openbao', summary: { error: 86, warning: 15, info: 0 } });
  });

  it('reads rule levels from --config, as a map or under rules:', async () => {
    const config = path.join(tmp, 'lint.yaml');
    fs.writeFileSync(config, 'rules:\n  L06: warning\n  homeport/missing-resource: off\n');
    const { out, sink } = capture();
    await lint({ dir: KLASTER, profile: 'flux-lvm-openbao', format: 'text', config }, sink);
    expect(out.stdout).toContain("apps/crawl4ai/deployment.yaml:18  warning  flux-lvm-openbao/mutable-tag  Image unclecode/crawl4ai:latest");
    expect(out.stdout).not.toContain('homeport/missing-resource');
    fs.writeFileSync(config, 'flux-lvm-openbao/nope: off\n');
    await expect(lint({ dir: KLASTER, profile: 'flux-lvm-openbao', format: 'text', config }, capture().sink)).rejects.toThrow(
      "Unknown lint rule 'flux-lvm-openbao/nope'",
    );
  });

  it('is registered as a command with --profile, --format and an exit code', async () => {
    const program = new Command('homeport').exitOverride();
    registerLint(program);
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const before = process.exitCode;
    try {
      await program.parseAsync(['node', 'homeport', 'lint', KLASTER, '--format', 'json', '--profile', 'flux-lvm-openbao']);
      expect(process.exitCode).toBe(1);
      expect(JSON.parse(String(write.mock.calls.map(c => c[0]).join(''))).findings).toHaveLength(101);
      await program.parseAsync(['node', 'homeport', 'lint', DEMO]);
      expect(process.exitCode).toBe(0);
    } finally {
      write.mockRestore();
      process.exitCode = before;
    }
  });

  it('refuses a folder that does not exist and an unknown profile', async () => {
    await expect(lint({ dir: path.join(tmp, 'none'), profile: 'flux-lvm-openbao', format: 'text' }, capture().sink)).rejects.toThrow('is not a folder');
    await expect(lint({ dir: DEMO, profile: 'helm-only', format: 'text' }, capture().sink)).rejects.toThrow("Unknown profile 'helm-only'");
  });
});
