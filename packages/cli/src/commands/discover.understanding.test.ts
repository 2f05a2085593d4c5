import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { discover, registerDiscover } from './discover';
import { capture } from './testUtils';

const base = {
  format: 'table' as const,
  defaultOwner: 'group:default/platform',
  branch: 'main',
};

const LOOKED_FOR =
  'Flux Kustomization, Flux HelmRelease, Argo CD Application, Argo CD ApplicationSet, argocd-apps chart values, app-of-apps chart, kustomization.yaml, kustomize helmCharts, Helm chart folder, plain manifests, Terraform file, Terraform module call, Terraform helm_release, Terraform kubernetes resource';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'homeport-discover-'));
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('homeport discover: what it did not understand', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('an empty folder: no service, and the entry points it looked for', async () => {
    const { out, sink } = capture();
    await discover({ ...base, dir: await folder({}) }, sink);
    expect(out.stdout).toBe(
      [
        'SERVICE  NAMESPACE  KIND  IMAGE/CHART  HOSTS  OWNER',
        '0 services',
        'Not understood: no service found in this folder.',
        '  found: no entry point',
        `  looked for: ${LOOKED_FOR}`,
        '',
      ].join('\n'),
    );
  });

  it('a Terraform-only folder without Kubernetes resources', async () => {
    const { out, sink } = capture();
    const dir = await folder({
      'main.tf':
        'provider "aws" {\n  region = "eu-west-1"\n}\n\nresource "aws_s3_bucket" "backups" {\n  bucket = "backups"\n}\n',
    });
    await discover({ ...base, dir }, sink);
    expect(out.stdout).toBe(
      [
        'SERVICE  NAMESPACE  KIND  IMAGE/CHART  HOSTS  OWNER',
        '0 services',
        'Not understood: no service found in this folder.',
        '  found: 1 Terraform file',
        `  looked for: ${LOOKED_FOR.replace('Terraform file, ', '')}`,
        '  not read: .: 1 Terraform file in 1 folder, no kubernetes_* resource and no helm_release: no services',
        '',
      ].join('\n'),
    );
  });

  it('a plain folder of Helm charts: one service per chart, and how they are installed is unknown', async () => {
    const { out, sink } = capture();
    const dir = await folder({
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.0\n',
      'charts/web/values.yaml':
        'image:\n  repository: ghcr.io/acme/web\n  tag: 1.2.0\n',
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.1\n',
    });
    await discover({ ...base, dir }, sink);
    expect(out.stdout).toBe(
      [
        'SERVICE  NAMESPACE  KIND       IMAGE/CHART  HOSTS  OWNER',
        'api      -          HelmChart  api@0.3.1    -      group:default/platform',
        'web      -          HelmChart  web@1.2.0    -      group:default/platform',
        '2 services',
        'Partly understood: some of what this folder holds is not read.',
        '  found: 2 Helm chart folder',
        "  not read: charts/api: chart 'api' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
        "  not read: charts/web: chart 'web' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
        '',
      ].join('\n'),
    );
  });

  it('exits 3 when nothing was understood, 0 otherwise', async () => {
    const run = async (dir: string) => {
      const program = new Command('homeport').exitOverride();
      registerDiscover(program);
      const write = jest
        .spyOn(process.stdout, 'write')
        .mockImplementation(() => true);
      try {
        await program.parseAsync(['node', 'homeport', 'discover', dir]);
      } finally {
        write.mockRestore();
      }
      const code = process.exitCode;
      process.exitCode = undefined;
      return code;
    };
    expect(await run(await folder({}))).toBe(3);
    expect(
      await run(
        await folder({
          'charts/web/Chart.yaml':
            'apiVersion: v2\nname: web\nversion: 1.2.0\n',
        }),
      ),
    ).toBeUndefined();
  });
});
