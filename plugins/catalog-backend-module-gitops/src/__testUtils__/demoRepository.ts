import fs from 'node:fs/promises';
import path from 'node:path';
import { addKustomizationResources } from '@homeport/plugin-gitops-common';
import { runGit, seedBareRepository } from '@homeport/plugin-gitops-node';
import { DEMO_REPO } from './paths';

/** A bare copy of the demo repository in `dir`, as the embedded default creates it. */
export async function createDemoBareRepository(dir: string): Promise<string> {
  const target = path.join(dir, 'gitops-demo.git');
  await seedBareRepository({ seedDir: DEMO_REPO, target, branch: 'main' });
  return target;
}

/** The files of a small app `name` in the layout of seed 000 (a Deployment, no host). */
export function appFiles(name: string): Record<string, string> {
  return {
    [`apps/${name}/kustomization.yaml`]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - namespace.yaml
  - deployment.yaml
`,
    [`apps/${name}/namespace.yaml`]: `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
`,
    [`apps/${name}/deployment.yaml`]: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${name}
  labels:
    backstage.io/kubernetes-id: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
        backstage.io/kubernetes-id: ${name}
    spec:
      containers:
        - name: ${name}
          image: traefik/whoami:v1.10.3
`,
  };
}

/**
 * Commits `files` (path to text) to `main` of the repository `bare`, as a merged pull
 * request would; `edit` may change the clone further before the commit. Returns the
 * new commit.
 */
export async function pushFiles(
  bare: string,
  scratch: string,
  message: string,
  files: Record<string, string>,
  edit: (work: string) => Promise<void> = async () => undefined,
): Promise<string> {
  const work = await fs.mkdtemp(path.join(scratch, 'clone-'));
  await runGit(['clone', '--quiet', '--branch', 'main', bare, work]);
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(work, file)), { recursive: true });
    await fs.writeFile(path.join(work, file), text);
  }
  await edit(work);
  await runGit(['add', '--all'], { cwd: work });
  await runGit(['commit', '--quiet', '-m', message], { cwd: work });
  await runGit(['push', '--quiet', 'origin', 'main'], { cwd: work });
  await fs.rm(work, { recursive: true, force: true });
  return (await runGit(['rev-parse', 'main'], { cwd: bare })).trim();
}

/** Registers `names` in the clone's `apps/kustomization.yaml` (for {@link pushFiles}). */
export function registerApps(...names: string[]) {
  return async (work: string) => {
    const list = path.join(work, 'apps/kustomization.yaml');
    await fs.writeFile(
      list,
      addKustomizationResources(
        'apps/kustomization.yaml',
        await fs.readFile(list, 'utf8'),
        names,
      ),
    );
  };
}

/**
 * Adds app `name` to the repository `bare` as a new commit on `main`, as a merged pull
 * request would: its files, and its line in `apps/kustomization.yaml`.
 */
export function pushApp(
  bare: string,
  scratch: string,
  name: string,
): Promise<string> {
  return pushFiles(bare, scratch, `Add ${name}`, appFiles(name), registerApps(name));
}
