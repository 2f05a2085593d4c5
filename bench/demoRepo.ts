/* A synthetic GitOps repository in the layout of seed 000, written as a git repository:
 * `apps` apps made from the demo repository's four apps (apps/<app>/{kustomization,
 * namespace, release or deployment, pvc, ...}.yaml, registered in apps/kustomization.yaml),
 * for the discovery and provider benchmarks. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { FileTree } from '@homeport/plugin-gitops-common';
import { readFileTree, runGit } from '@homeport/plugin-gitops-node';

const DEMO = path.resolve(__dirname, '../examples/gitops-repo');
const TEMPLATES = ['podinfo', 'mealie', 'teamspeak', 'llama'];

/** Replaces the template app's name in every string of a parsed YAML value. */
function rename(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map(v => rename(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        rename(k, from, to),
        rename(v, from, to),
      ]),
    );
  }
  return value;
}

/** The files of one app made from a template app of the demo: YAML re-serialized from objects. */
function appFiles(
  demo: FileTree,
  template: string,
  name: string,
  tag = '6.9.1',
): [string, string][] {
  const prefix = `apps/${template}/`;
  return demo
    .paths()
    .filter(p => p.startsWith(prefix))
    .map(p => {
      const target = `apps/${name}/${p.slice(prefix.length)}`;
      const text = demo.read(p)!;
      if (!/\.ya?ml$/.test(p)) return [target, text.split(template).join(name)];
      const docs = parseAllDocuments(text).map(d =>
        rename(d.toJS(), template, name),
      );
      const bumped =
        tag === '6.9.1'
          ? docs
          : docs.map(d =>
              JSON.parse(JSON.stringify(d).split('6.9.1').join(tag)),
            );
      return [target, bumped.map(d => stringify(d)).join('---\n')];
    });
}

export function appName(i: number) {
  return `app-${String(i).padStart(5, '0')}`;
}

async function writeTree(dir: string, files: Iterable<[string, string]>) {
  for (const [file, text] of files) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
}

/** Writes a repository of `apps` apps into `dir` and commits it on `main`. */
export async function generate(dir: string, apps: number) {
  const demo = await readFileTree(DEMO);
  const names = Array.from({ length: apps }, (_, i) => appName(i));
  const outside = demo.paths().filter(p => !p.startsWith('apps/'));
  await writeTree(
    dir,
    outside.map(p => [p, demo.read(p)!] as [string, string]),
  );
  await writeTree(dir, [
    [
      'apps/kustomization.yaml',
      stringify({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: names,
      }),
    ],
  ]);
  for (let i = 0; i < apps; i++)
    await writeTree(
      dir,
      appFiles(demo, TEMPLATES[i % TEMPLATES.length], names[i]),
    );
  await runGit(['init', '--quiet', '--initial-branch', 'main'], { cwd: dir });
  await runGit(['add', '--all'], { cwd: dir });
  await runGit(['commit', '--quiet', '-m', `${apps} apps`], { cwd: dir });
}

/** Changes one app (a chart version bump in its release.yaml) and commits it, as a merged pull request would. */
export async function changeOneApp(
  dir: string,
  apps: number,
  tag: string,
): Promise<string> {
  const demo = await readFileTree(DEMO);
  const changedApp = appName(
    TEMPLATES.indexOf('podinfo') + 4 * Math.floor(apps / 8),
  );
  const changes = appFiles(demo, 'podinfo', changedApp, tag).filter(([p]) =>
    p.endsWith('release.yaml'),
  );
  await writeTree(dir, changes);
  await runGit(['commit', '--quiet', '--all', '-m', `Bump ${changedApp}`], {
    cwd: dir,
  });
  return changedApp;
}

