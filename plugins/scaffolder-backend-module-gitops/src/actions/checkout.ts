import fs from 'node:fs/promises';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { compareUrlOf, GitCommandError, PendingCommit, runGit, runRemoteGit } from '@homeport/plugin-gitops-node';
import { examples } from './checkout.examples';
import { clonePending } from './clonePending';
import { findRepository, GitopsActionOptions } from './options';
import { describePending } from './pendingChange';
import { describeRepository, redactServerPaths } from './publicRepository';
import { workspacePath } from './workspacePath';

/**
 * `gitops:checkout`: clones the configured GitOps repository's branch into the task
 * workspace, for the render action to read. With `changeBranch` (the app's pending
 * branch, `homeport/<app>`) and a repository that publishes branches, a pending change
 * on that branch is checked out instead, so that this change stacks onto it.
 *
 * @public
 */
export function createGitopsCheckoutAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:checkout',
    description:
      'Clones a configured GitOps repository (homeport.repositories) into the workspace.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repository: z =>
          z.string({ description: 'Id of the repository under homeport.repositories; defaults to the first' }).optional(),
        targetPath: z =>
          z.string({ description: 'Workspace folder to clone into. Defaults to `repo`' }).optional(),
        changeBranch: z =>
          z
            .string({
              description:
                'The branch the change will be proposed on, such as homeport/<app>. When the repository publishes branches and this branch holds a pending change, that change is checked out instead of the base branch. Defaults to none',
            })
            .optional(),
      },
      output: {
        path: z => z.string({ description: 'The workspace folder holding the checkout' }),
        repository: z => z.string({ description: 'Id of the repository' }),
        profile: z => z.string({ description: 'The profile the repository is rendered with' }),
        branch: z => z.string({ description: 'The branch checked out' }),
        url: z => z.string({ description: 'The repository URL' }),
        commit: z => z.string({ description: 'The commit checked out' }),
        publishType: z =>
          z.string({ description: 'How changes to it are proposed: branch, github, gitlab, bitbucket or gitea' }),
        publishRepoUrl: z =>
          z.string({ description: 'The forge repository (repoUrl form) for pull requests; empty for branch' }),
        pendingBranch: z =>
          z.string({ description: 'The pending branch checked out (changeBranch when it held a pending change), else empty' }),
        pendingCommits: z => z.number({ description: 'How many commits the pending branch holds beyond the base branch' }),
        pending: z =>
          z.string({ description: 'The pending change this change joins, in words (Markdown), else empty' }),
        compareUrl: z =>
          z.string({ description: "The forge's page comparing changeBranch with the base branch; empty for branch publishing" }),
      },
    },
    async handler(ctx) {
      const repo = findRepository(options, ctx.input.repository);
      const targetPath = ctx.input.targetPath ?? 'repo';
      const dest = workspacePath(ctx.workspacePath, targetPath, 'targetPath');
      const existing = await fs.readdir(dest).catch(() => []);
      if (existing.length) {
        throw new InputError(`Workspace folder ${targetPath} is not empty`);
      }
      const described = describeRepository(repo);
      const changeBranch = ctx.input.changeBranch;
      let pending: PendingCommit[] | undefined;
      let cloning = changeBranch ?? repo.branch;
      try {
        if (changeBranch && repo.publish.type === 'branch') {
          pending = await clonePending(repo, changeBranch, dest, options.timeouts.gitMs, options.integrations);
        }
        cloning = pending ? cloning : repo.branch;
        if (pending) {
          ctx.logger.info(`Checked out ${describePending(changeBranch!, pending)} of GitOps repository ${described}: this change stacks onto it`);
        } else {
          ctx.logger.info(`Cloning GitOps repository ${described} (branch ${repo.branch}) into ${targetPath}`);
          await runRemoteGit(['clone', '--quiet', '--depth', '1', '--branch', repo.branch, '--', repo.url, dest], {
            timeoutMs: options.timeouts.gitMs,
            url: repo.url,
            integrations: options.integrations,
          });
        }
      } catch (error) {
        if (error instanceof GitCommandError) {
          throw new InputError(
            `Cannot clone GitOps repository ${described} (branch ${cloning}): ${redactServerPaths(error.stderr.trim(), repo, ctx.workspacePath)}`,
          );
        }
        throw error;
      }
      const commit = (await runGit(['rev-parse', 'HEAD'], { cwd: dest, timeoutMs: options.timeouts.gitMs })).trim();
      ctx.output('path', targetPath);
      ctx.output('repository', repo.id);
      ctx.output('profile', repo.profile);
      ctx.output('branch', repo.branch);
      ctx.output('url', repo.url);
      ctx.output('commit', commit);
      ctx.output('publishType', repo.publish.type);
      ctx.output('publishRepoUrl', repo.publish.repoUrl ?? '');
      ctx.output('pendingBranch', pending ? changeBranch! : '');
      ctx.output('pendingCommits', pending?.length ?? 0);
      ctx.output('pending', pending ? describePending(changeBranch!, pending) : '');
      ctx.output('compareUrl', changeBranch ? compareUrlOf(repo.publish.type, repo.publish.repoUrl, repo.branch, changeBranch) : '');
    },
  });
}
