import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { changeSetToDiff, formatStepsDone, renderStepsDone } from '@homeport/plugin-gitops-common';
import { profileFromConfig, readFileTree } from '@homeport/plugin-gitops-node';
import { appOfRef, present } from './dayTwoInputs';
import { findRepository, GitopsActionOptions } from './options';
import { examples } from './stepsDone.examples';
import { workspacePath } from './workspacePath';
import { writeChanges } from './writeChanges';

/** Who marks steps done when the task carries no user (a task started by a service). */
const UNKNOWN_USER = 'user:default/unknown';

/**
 * `gitops:steps:done`: marks manual steps that the GitOps repository records for a
 * service as done, in the checkout in the workspace: the app's steps file gains
 * `done: {by, at, note}` on each step, `by` being the task's initiator. Copies the
 * changed file into a second folder for the forges' pull-request actions, as
 * `gitops:render` does.
 *
 * @public
 */
export function createGitopsStepsDoneAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:steps:done',
    description:
      "Marks manual steps recorded for a service (its DNS name, OIDC application, secret values, Talos apply) as done in the GitOps repository's steps file, with who, when and why.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        app: z => z.string({ description: 'The service: its name, or its entity ref such as component:default/mealie' }),
        steps: z => z.array(z.string(), { description: 'Ids of the recorded steps to mark done, such as dns:mealie.example.com' }),
        note: z => z.string({ description: 'How the person knows the steps are done. Optional' }).optional(),
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
        summary: z => z.string({ description: 'The steps marked done, as a Markdown checklist' }),
      },
    },
    async handler(ctx) {
      const app = appOfRef(ctx.input.app);
      const repo = findRepository(options, ctx.input.repository);
      const source = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const changes = workspacePath(ctx.workspacePath, ctx.input.changesPath ?? 'changes', 'changesPath');
      const tree = await readFileTree(source);
      const profile = profileFromConfig(options.config, repo.profile, tree, options.profiles);
      const result = renderStepsDone(profile, tree, {
        app,
        steps: ctx.input.steps.map(s => s.trim()).filter(Boolean),
        by: ctx.user?.ref ?? UNKNOWN_USER,
        at: new Date().toISOString(),
        note: present(ctx.input.note),
      });
      await writeChanges(source, changes, result.changeSet);
      for (const s of result.marked) ctx.logger.info(`${s.id}: marked done by ${s.done!.by}`);

      ctx.output('profile', profile.id);
      ctx.output('app', app);
      ctx.output('files', result.changeSet.files.map(f => ({ path: f.path, action: f.action })));
      ctx.output('diff', changeSetToDiff(result.changeSet));
      ctx.output('summary', formatStepsDone(result));
    },
  });
}
