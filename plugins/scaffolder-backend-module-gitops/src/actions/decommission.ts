import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  changeSetToDiff,
  formatChecklist,
  formatDecommission,
  gitopsServiceDataDeletePermission,
  renderDecommission,
  stepsFilePath,
} from '@homeport/plugin-gitops-common';
import { profileFromConfig, readFileTree } from '@homeport/plugin-gitops-node';
import { appOfRef, decommissionOptionsFromConfig } from './dayTwoInputs';
import { examples } from './decommission.examples';
import { findRepository, GitopsActionOptions } from './options';
import { workspacePath } from './workspacePath';
import { writeChanges } from './writeChanges';

/** The publish steps whose action can delete files: Homeport's own branch push, GitHub's filesToDelete. */
const DELETING_PUBLISHERS = new Set(['branch', 'github']);

const item = (z: any) => z.object({ file: z.string(), what: z.string() });

/**
 * `gitops:decommission`: removes a service from the checkout in the workspace the way the
 * repository's profile registers it (see `renderDecommission`), and lists everything it
 * removes. A removal that deletes data volumes or databases (`keepData` off, and the
 * service has some) needs `gitops.service.data.delete`, checked with the task
 * initiator's credentials before anything is written; without it the refusal says what
 * data and how to keep it.
 *
 * @public
 */
export function createGitopsDecommissionAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:decommission',
    description:
      'Removes a service from the GitOps repository the way its profile registers it: its files, its registration line or Application, its Vault role and policy, its Talos exemption and Makefile line, and its volumes and databases unless keepData.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        app: z => z.string({ description: 'The service: its name, or its entity ref such as component:default/podinfo' }),
        keepData: z =>
          z
            .boolean({
              description:
                'Keep the data volumes and databases (their files, the namespace and the kustomization listing them stay). Defaults to false: they are deleted, which needs gitops.service.data.delete',
            })
            .optional(),
        publishType: z =>
          z
            .string({
              description:
                "How the change is published (gitops:checkout's publishType output). The forges' pull-request actions that cannot delete files (gitlab, bitbucket, gitea) are refused before anything is written. Defaults to branch",
            })
            .optional(),
        repository: z =>
          z.string({ description: 'Id of the repository under homeport.repositories. Defaults to the first' }).optional(),
        sourcePath: z => z.string({ description: 'Workspace folder holding the checkout. Defaults to `repo`' }).optional(),
        changesPath: z =>
          z.string({ description: 'Workspace folder that receives only the changed files. Defaults to `changes`' }).optional(),
      },
      output: {
        profile: z => z.string(),
        app: z => z.string(),
        files: z => z.array(z.object({ path: z.string(), action: z.enum(['add', 'modify', 'delete']) })),
        diff: z => z.string({ description: 'The change as a unified diff' }),
        deletedFiles: z =>
          z.array(z.string(), { description: "The deleted files (for publish:github:pull-request's filesToDelete)" }),
        removed: z => z.array(item(z), { description: 'Everything removed' }),
        kept: z => z.array(item(z), { description: 'What stays because data is kept' }),
        deletesData: z => z.boolean(),
        warning: z => z.string({ description: 'Said when data volumes or databases are deleted, else empty' }),
        summary: z => z.string({ description: 'The warning, what is removed and what is kept, as Markdown' }),
        checklist: z => z.string({ description: 'What is left to do by hand, as a Markdown checklist' }),
      },
    },
    async handler(ctx) {
      const app = appOfRef(ctx.input.app);
      const publishType = ctx.input.publishType || 'branch';
      if (!DELETING_PUBLISHERS.has(publishType)) {
        throw new InputError(
          `A decommission deletes files, which the ${publishType} pull-request action cannot do: publish it as a branch (publish.type: branch) or through GitHub, or remove ${app} by hand`,
        );
      }
      const repo = findRepository(options, ctx.input.repository);
      const source = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const changes = workspacePath(ctx.workspacePath, ctx.input.changesPath ?? 'changes', 'changesPath');
      const tree = await readFileTree(source);
      const profile = profileFromConfig(options.config, repo.profile, tree, options.profiles);
      const result = renderDecommission(
        profile.id,
        tree,
        { app, keepData: ctx.input.keepData ?? false },
        { ...decommissionOptionsFromConfig(options.config, repo.profile), stepsFile: stepsFilePath(profile, app) },
      );
      if (result.deletesData) {
        const permission = gitopsServiceDataDeletePermission;
        const [decision] = await options.permissions.authorize([{ permission }], {
          credentials: await ctx.getInitiatorCredentials(),
        });
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            `Decommissioning ${app} deletes its data (${result.data.map(d => `${d.kind} ${d.name}`).join(', ')}), which needs the permission ${permission.name}. Ask a member of the admin groups (homeport.admins) to run this template, or keep the data.`,
          );
        }
        ctx.logger.warn(`${result.warning} Allowed by ${permission.name}.`);
      }
      await writeChanges(source, changes, result.changeSet);
      for (const r of result.removed) ctx.logger.info(`remove ${r.file}: ${r.what}`);

      ctx.output('profile', profile.id);
      ctx.output('app', app);
      ctx.output('files', result.changeSet.files.map(f => ({ path: f.path, action: f.action })));
      ctx.output('diff', changeSetToDiff(result.changeSet));
      ctx.output('deletedFiles', result.changeSet.files.filter(f => f.action === 'delete').map(f => f.path));
      ctx.output('removed', result.removed);
      ctx.output('kept', result.kept);
      ctx.output('deletesData', result.deletesData);
      ctx.output('warning', result.warning ?? '');
      ctx.output('summary', formatDecommission(result));
      ctx.output('checklist', formatChecklist(result.changeSet));
    },
  });
}
