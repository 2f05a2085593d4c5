import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { privilegeOfFiles } from '@homeport/plugin-gitops-common';
import { createSchemaValidator, isNonApiObject, SchemaValidator } from '@homeport/plugin-gitops-common/validate';
import { createTestRepository } from '../__testUtils__/testRepository';
import { createGitopsCheckoutAction } from './checkout';
import { gitopsActionOptions } from './options';
import { createPublishGiteaPullRequestAction } from './gitea/publishGiteaPullRequest';
import { startStubGitea } from './gitea/stubGiteaServer';
import { createGitopsPublishBranchAction } from './publishBranch';
import { createGitopsRenderAction } from './render';
import { runGit } from '@homeport/plugin-gitops-node';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SCHEMAS_DIR =
  process.env.HOMEPORT_SCHEMAS_DIR ?? path.resolve(__dirname, '../../../../../shared/crds');
jest.setTimeout(600_000);

/** A Helm repository on a closed loopback port: a chart the render must read is refused, and nothing leaves the machine. */
const UNREACHABLE_CHARTS = 'http://127.0.0.1:1/charts';

/** Errors an action may refuse bad input with (a chart that cannot be read included); anything else is a crash. */
const CLEAN_REFUSALS = new Set(['InputError', 'ConflictError', 'NotFoundError', 'NotAllowedError', 'ServiceUnavailableError']);

const HOSTILE = fc.constantFrom(
  '../../etc/passwd', '/etc/passwd', '..', 'a/../../b', './', '~root', 'kube-system', 'default', 'flux-system',
  'latest', 'main', '1', '1.2', '${{ secrets.token }}', '{{ .Release.Name }}', '"\n- evil: true', ': : :',
  '&anchor', '*alias', '!!js/function', 'key: [unclosed', '\u0000', 'ü', '😀', 'CON', 'aux', '-rf',
  '--upload-pack=touch /tmp/pwn', 'refs/heads/../x', 'a..b', 'branch.lock', '@{-1}', ' ', '', 'A_B',
);
const VALID_NAME = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6})?$/);
const text = fc.oneof(
  { weight: 4, arbitrary: HOSTILE },
  { weight: 4, arbitrary: VALID_NAME },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 5_000, maxLength: 70_000 }) },
);
const port = fc.oneof(fc.integer({ min: 1, max: 65535 }), fc.constantFrom(0, -1, 70000, 80, 443), fc.constant('80' as any));
const size = fc.constantFrom('1Gi', '10Gi', '2Ti', '0Gi', '1.5Gi', '500Mi', '10 GB');

/** Mostly the valid value, sometimes a hostile one: so accepted inputs get exercised too. */
const mix = <T,>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: text as fc.Arbitrary<any> });
const existing = fc.constantFrom('podinfo', 'mealie', 'teamspeak', 'llama');

const spec = fc.oneof(
  fc.record({
    kind: fc.constant('app'), name: mix(VALID_NAME), owner: mix(fc.constant('group:default/platform')), description: mix(fc.string({ maxLength: 60 })),
    source: fc.record({ type: fc.constant('image'), repository: mix(fc.constant('ghcr.io/org/app')), tag: mix(fc.constantFrom('1.2.3', 'v2.0.1', '2026.11.01')), ports: fc.array(fc.record({ name: mix(fc.constantFrom('http', 'web')), port: mix(port) }), { maxLength: 2 }) }),
  }),
  fc.record({
    kind: fc.constant('app'), name: mix(VALID_NAME),
    source: fc.record({ type: fc.constant('helm'), repository: fc.record({ type: fc.constantFrom('helm', 'oci', 'git', 'svn'), url: mix(fc.constant(UNREACHABLE_CHARTS)) }), chart: mix(fc.constantFrom('web', './charts/web')), version: mix(fc.constant('1.2.3')), values: fc.dictionary(text, text, { maxKeys: 3 }) }),
  }),
  fc.record({ kind: fc.constant('postgres'), app: mix(existing), size: mix(size), database: mix(fc.constantFrom('app', 'info_db')) }),
  fc.record({ kind: fc.constant('redis'), app: mix(existing), mode: fc.constantFrom('cache', 'queue', 'x') }),
  fc.record({ kind: fc.constant('secret'), app: mix(existing), name: mix(VALID_NAME), path: mix(fc.constantFrom('app/oidc', 'a/b/c')), keys: fc.array(mix(fc.constantFrom('token', 'client_id')), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('http'), app: mix(existing), host: mix(fc.constantFrom('app.example.com', 'x.lumpiasty.xyz')), path: mix(fc.constant('/')), port: mix(port) }),
  fc.record({ kind: fc.constant('tcp'), app: mix(existing), ports: fc.array(fc.record({ name: mix(fc.constantFrom('game', 'voice')), port: mix(fc.integer({ min: 1000, max: 60000 })), protocol: fc.constantFrom('TCP', 'UDP', 'SCTP') }), { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('volume'), app: mix(existing), purpose: mix(VALID_NAME), size: mix(size), class: fc.constantFrom('fast', 'bulk', 'x'), mountPath: mix(fc.constantFrom('/data', '/var/lib/app')) }),
  fc.record({ kind: fc.constant('gpu'), name: mix(VALID_NAME), repository: mix(fc.constant('ghcr.io/org/llm')), tag: mix(fc.constant('2026.1.1')), vendor: fc.constantFrom('amd', 'nvidia', 'intel', 'apple') }),
  fc.dictionary(text, text, { maxKeys: 4 }),
);

/** Ways to write "true" that reach the pod as true (YAML 1.1 reads yes, on, y as true). */
const TRUTHY = fc.constantFrom(true, 'true', 'True', 'TRUE', 'yes', 'on', 'y', ' true');
/** One privileged setting, as Helm values write it under whatever key the chart uses. */
const PRIVILEGED_SETTING = fc.oneof(
  fc.record({ hostNetwork: TRUTHY }),
  fc.record({ hostPID: TRUTHY }),
  fc.record({ hostIPC: TRUTHY }),
  fc.record({ privileged: TRUTHY }),
  fc.record({ securityContext: fc.record({ privileged: TRUTHY, runAsUser: fc.constantFrom(0, 1000) }) }),
  fc.record({ capabilities: fc.record({ add: fc.array(fc.constantFrom('SYS_ADMIN', 'NET_ADMIN', 'ALL', 'CAP_SYS_PTRACE', 'sys_module', 'BPF'), { minLength: 1, maxLength: 3 }) }) }),
  fc.record({ volumes: fc.array(fc.record({ name: VALID_NAME, hostPath: fc.record({ path: fc.constantFrom('/', '/var/run/docker.sock', '/dev/kfd', '/proc', '/sys') }) }), { minLength: 1, maxLength: 2 }) }),
  fc.record({ hostPort: fc.integer({ min: 1, max: 65535 }) }),
);
/** Privileged settings nested at a random depth inside otherwise ordinary values. */
const PRIVILEGED_VALUES = fc
  .tuple(
    fc.array(fc.constantFrom('controller', 'daemonset', 'agent', 'podSpec', 'spec', 'template', 'server', 'a b', '0'), { maxLength: 4 }),
    fc.array(PRIVILEGED_SETTING, { minLength: 1, maxLength: 3 }),
    fc.dictionary(VALID_NAME, fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 3 }),
  )
  .map(([keys, settings, noise]) => keys.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), Object.assign({}, noise, ...settings)));

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter(e => e.isFile()).map(e => path.join(e.parentPath, e.name)).sort();
}

async function expectCleanOutcome(run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    const name = (error as Error).name;
    if (!CLEAN_REFUSALS.has(name)) throw error;
    return false;
  }
}

describe(`actions under ${RUNS} random and hostile inputs each`, () => {
  let validator: SchemaValidator;
  beforeAll(async () => {
    validator = await createSchemaValidator({ schemaDir: SCHEMAS_DIR });
  });

  it('gitops:render: never crashes, never writes outside the workspace, and what it accepts validates', async () => {
    const t = await createTestRepository();
    const outside = path.join(t.root, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'sentinel'), 'untouched');
    await createGitopsCheckoutAction(t.options).handler(createMockActionContext({ input: {}, workspacePath: t.workspace }));
    const pristine = path.join(t.root, 'pristine');
    fs.cpSync(t.workspace, pristine, { recursive: true });
    const before = listFiles(t.root).filter(f => !f.startsWith(t.workspace) && !f.startsWith(pristine));
    const render = createGitopsRenderAction(t.options);
    let accepted = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 3 }), async specs => {
          fs.rmSync(t.workspace, { recursive: true, force: true });
          fs.cpSync(pristine, t.workspace, { recursive: true, filter: src => !src.includes(`${path.sep}.git`) });
          const ctx = createMockActionContext({ input: { specs } as any, workspacePath: t.workspace });
          if (!(await expectCleanOutcome(() => render.handler(ctx)))) return;
          accepted++;
          for (const file of listFiles(path.join(t.workspace, 'changes'))) {
            for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
              const obj = doc.toJS() as { apiVersion?: string; kind?: string } | null;
              if (!obj?.apiVersion || !obj.kind || isNonApiObject(obj.apiVersion)) continue;
              expect({ file, issues: validator.validate(obj) }).toEqual({ file, issues: [] });
            }
          }
        }),
        { numRuns: RUNS, seed: 42 },
      );
      expect(listFiles(t.root).filter(f => !f.startsWith(t.workspace) && !f.startsWith(pristine))).toEqual(before);
      expect(fs.readFileSync(path.join(outside, 'sentinel'), 'utf8')).toBe('untouched');
      expect(accepted).toBeGreaterThan(RUNS / 20);
    } finally {
      await t.cleanup();
    }
  });

  it('gitops:render: privileged Helm values at any depth, and host-access charts, are always refused to a guest and written for an admin', async () => {
    const guest = await createTestRepository(AuthorizeResult.DENY);
    const admin = await createTestRepository(AuthorizeResult.ALLOW);
    try {
      for (const t of [guest, admin]) await createGitopsCheckoutAction(t.options).handler(createMockActionContext({ input: {}, workspacePath: t.workspace }));
      const app = (values: Record<string, unknown>, chart: string) => [
        { kind: 'app', name: 'web', source: { type: 'helm', repository: { type: 'helm', url: 'https://charts.example.com' }, chart, version: '1.2.3', values } },
      ];
      const cases = fc.oneof(
        { weight: 4, arbitrary: fc.record({ values: PRIVILEGED_VALUES, chart: fc.constantFrom('web', './charts/web') }) },
        { weight: 1, arbitrary: fc.record({ values: fc.dictionary(VALID_NAME, text, { maxKeys: 2 }), chart: fc.constantFrom('prometheus-node-exporter', 'CILIUM', './charts/longhorn', 'rook-ceph') }) },
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ values, chart }) => {
          const ctx = createMockActionContext({ input: { specs: app(values, chart) } as any, workspacePath: guest.workspace });
          const error = await createGitopsRenderAction(guest.options).handler(ctx).then(() => undefined, e => e);
          expect(error?.name).toBe('NotAllowedError');
          expect(error.message).toMatch(/^Creating a GPU or privileged workload needs the permission gitops\.workload\.privileged\.create: apps\/web\/release\.yaml \(HelmRelease web\): .* Ask a member of the admin groups \(homeport\.admins\) to run this template\.$/);
        }),
        { numRuns: RUNS, seed: 16 },
      );
      // Nothing of the refused changes reached the guest's checkout.
      expect(await runGit(['status', '--porcelain'], { cwd: path.join(guest.workspace, 'repo') })).toBe('');
      expect(fs.existsSync(path.join(guest.workspace, 'changes'))).toBe(false);

      await fc.assert(
        fc.asyncProperty(cases, async ({ values, chart }) => {
          const repo = path.join(admin.workspace, 'repo');
          await runGit(['checkout', '--quiet', '--', '.'], { cwd: repo });
          await runGit(['clean', '-fdxq'], { cwd: repo });
          fs.rmSync(path.join(admin.workspace, 'changes'), { recursive: true, force: true });
          const ctx = createMockActionContext({ input: { specs: app(values, chart) } as any, workspacePath: admin.workspace });
          await createGitopsRenderAction(admin.options).handler(ctx);
          const release = { path: 'apps/web/release.yaml', content: fs.readFileSync(path.join(admin.workspace, 'changes/apps/web/release.yaml'), 'utf8') };
          expect(privilegeOfFiles([release]).length).toBeGreaterThan(0);
        }),
        { numRuns: Math.max(20, RUNS / 10), seed: 17 },
      );
    } finally {
      await guest.cleanup();
      await admin.cleanup();
    }
  });

  it('gitops:checkout: hostile repository ids and target paths are refused cleanly', async () => {
    // A one-file repository: what is fuzzed is the input handling, not the clone.
    const seed = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-fuzz-seed-'));
    fs.writeFileSync(path.join(seed, 'README.md'), 'tiny\n');
    const t = await createTestRepository(undefined, seed);
    fs.rmSync(seed, { recursive: true, force: true });
    const checkout = createGitopsCheckoutAction(t.options);
    try {
      await fc.assert(
        // Mostly hostile: a valid pair clones the repository, which the other tests cover.
        fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: fc.constantFrom(undefined, 'demo') }, { weight: 3, arbitrary: text }), fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 9, arbitrary: HOSTILE }, { weight: 3, arbitrary: text }), async (repository, targetPath) => {
          const workspace = fs.mkdtempSync(path.join(t.root, 'ws-'));
          const ctx = createMockActionContext({ input: { repository, targetPath } as any, workspacePath: workspace });
          await expectCleanOutcome(() => checkout.handler(ctx));
          for (const f of listFiles(t.root)) expect(f.startsWith(workspace) || !f.includes('/ws-')).toBe(true);
          fs.rmSync(workspace, { recursive: true, force: true });
        }),
        { numRuns: RUNS, seed: 7 },
      );
      expect(listFiles(path.join(t.root, 'workspace'))).toEqual([]);
    } finally {
      await t.cleanup();
    }
  });

  it('gitops:publish:branch: hostile branch names and messages are refused cleanly (dry run)', async () => {
    const t = await createTestRepository();
    const publish = createGitopsPublishBranchAction(t.options);
    try {
      await fc.assert(
        fc.asyncProperty(text, text, async (branch, message) => {
          const ctx = { ...createMockActionContext({ input: { branch, message } as any, workspacePath: t.workspace }), isDryRun: true };
          await expectCleanOutcome(() => publish.handler(ctx));
        }),
        { numRuns: RUNS, seed: 11 },
      );
    } finally {
      await t.cleanup();
    }
  });

  it('publish:gitea:pull-request: hostile inputs are refused cleanly and nothing lands outside the stub', async () => {
    const gitea = await startStubGitea({ owner: 'lab', repo: 'cluster', authorization: 'token t', files: { 'README.md': 'x' } });
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'homeport-fuzz-gitea-'));
    fs.mkdirSync(path.join(workspace, 'changes'));
    fs.writeFileSync(path.join(workspace, 'changes/a.yaml'), 'a: 1\n');
    const action = createPublishGiteaPullRequestAction(
      gitopsActionOptions(
        new ConfigReader({ integrations: { gitea: [{ host: gitea.host, baseUrl: gitea.baseUrl, password: 't' }] } }),
        mockServices.permissions({ result: AuthorizeResult.ALLOW }),
      ),
    );
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constant(`${gitea.host}?owner=lab&repo=cluster`), text.map(s => `${gitea.host}?owner=${encodeURIComponent(s)}&repo=cluster`), text),
          text, text, fc.oneof(fc.constant('changes'), text), fc.oneof(fc.constant(undefined), text),
          async (repoUrl, branchName, title, sourcePath, targetPath) => {
            const ctx = createMockActionContext({ input: { repoUrl, branchName, title, sourcePath, targetPath } as any, workspacePath: workspace });
            await expectCleanOutcome(() => action.handler(ctx));
          },
        ),
        { numRuns: RUNS, seed: 13 },
      );
      for (const [, files] of gitea.branches) {
        for (const file of files.keys()) expect(file.split('/').includes('..')).toBe(false);
      }
    } finally {
      await gitea.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
