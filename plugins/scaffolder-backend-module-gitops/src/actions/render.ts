import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  changeSetToDiff,
  formatChecklist,
  gitopsPrivilegedWorkloadCreatePermission,
  renderChangeSet,
  requestApps,
  validateSpecs,
  WorkloadSpec,
} from '@homeport/plugin-gitops-common';
import {
  profileFromConfig,
  readFileTree,
  writeChangeSet,
} from '@homeport/plugin-gitops-node';
import { examples } from './render.examples';
import { findRepository, GitopsActionOptions } from './options';
import { workspacePath } from './workspacePath';

/**
 * A spec as a form filled it: fields left blank (`''`, `null`) are absent, and the
 * `enabled` switch templates use to make a spec optional is dropped.
 */
function withoutBlanks(spec: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(spec)
      .filter(([key, value]) => key !== 'enabled' && value !== '' && value !== null)
      .map(([key, value]) => [
        key,
        typeof value === 'object' && !Array.isArray(value) && value !== null
          ? withoutBlanks(value as Record<string, unknown>)
          : value,
      ]),
  );
}

/** GPU workloads run privileged or with host devices: seed 000 gates them. */
function needsPrivilege(specs: WorkloadSpec[]): boolean {
  return specs.some(s => s.kind === 'gpu');
}

/**
 * `gitops:render`: renders workload specs under the repository's profile into the
 * checkout in the workspace, and copies the changed files into a second folder for the
 * forges' pull-request actions.
 *
 * @public
 */
export function createGitopsRenderAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:render',
    description:
      "Renders workload specs (app, postgres, redis, gpu, secret, http, tcp, volume) the way the GitOps repository's profile requires, into the checkout in the workspace.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        specs: z =>
          z.array(z.record(z.unknown()), {
            description:
              'The specs to render, such as [{ kind: app, name: web, source: {...} }, { kind: http, app: web }]. Blank fields count as absent; a spec with `enabled: false` is skipped.',
          }),
        repository: z =>
          z.string({ description: 'Id of the repository under homeport.repositories; its profile renders. Defaults to the first' }).optional(),
        sourcePath: z =>
          z.string({ description: 'Workspace folder holding the checkout. Defaults to `repo`' }).optional(),
        changesPath: z =>
          z.string({ description: 'Workspace folder that receives only the changed files. Defaults to `changes`' }).optional(),
      },
      output: {
        profile: z => z.string(),
        apps: z => z.array(z.string()),
        files: z => z.array(z.object({ path: z.string(), action: z.enum(['add', 'modify']) })),
        diff: z => z.string({ description: 'The change set as a unified diff' }),
        manualSteps: z =>
          z.array(z.object({ id: z.string(), app: z.string(), owner: z.string(), title: z.string(), detail: z.string() })),
        checklist: z => z.string({ description: 'The manual steps as a Markdown checklist' }),
      },
    },
    async handler(ctx) {
      const specs = validateSpecs(
        ctx.input.specs.filter(spec => spec.enabled !== false).map(withoutBlanks),
      );
      if (needsPrivilege(specs)) {
        const [decision] = await options.permissions.authorize(
          [{ permission: gitopsPrivilegedWorkloadCreatePermission }],
          { credentials: await ctx.getInitiatorCredentials() },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            `Creating a GPU or privileged workload needs the permission ${gitopsPrivilegedWorkloadCreatePermission.name}: ask a member of the admin groups (homeport.admins) to run this template`,
          );
        }
      }
      const repo = findRepository(options, ctx.input.repository);
      const source = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const changes = workspacePath(ctx.workspacePath, ctx.input.changesPath ?? 'changes', 'changesPath');
      const tree = await readFileTree(source);
      const profile = profileFromConfig(options.config, repo.profile, tree);

      const changeSet = renderChangeSet(profile, specs, tree);
      await writeChangeSet(source, changeSet);
      for (const file of changeSet.files) {
        const target = resolveSafeChildPath(changes, file.path);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, file.content, 'utf8');
      }
      for (const file of changeSet.files) ctx.logger.info(`${file.action} ${file.path}`);

      ctx.output('profile', profile.id);
      ctx.output('apps', requestApps(specs));
      ctx.output('files', changeSet.files.map(f => ({ path: f.path, action: f.action })));
      ctx.output('diff', changeSetToDiff(changeSet));
      ctx.output('manualSteps', changeSet.manualSteps);
      ctx.output('checklist', formatChecklist(changeSet));
    },
  });
}
