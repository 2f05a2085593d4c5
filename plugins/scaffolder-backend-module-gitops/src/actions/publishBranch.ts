import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { GitCommandError, runGit } from '@homeport/plugin-gitops-node';
import { examples } from './publishBranch.examples';
import { findRepository, GitopsActionOptions } from './options';
import { checkoutChanges, workspaceGit } from './checkoutChanges';
import { requirePrivilege } from './requirePrivilege';
import { workspacePath } from './workspacePath';

/**
 * `gitops:publish:branch`: commits the checkout's changes on a new branch and pushes it
 * to the repository's own remote. The embedded default's way to propose a change; the
 * branch is the pending change until someone merges it. What it would push goes through
 * the same privilege check as `gitops:render`, in a dry run too.
 *
 * @public
 */
export function createGitopsPublishBranchAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:publish:branch',
    description:
      'Commits the rendered change on a new branch of the GitOps repository and pushes it (no forge needed).',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        branch: z => z.string({ description: 'The new branch, such as homeport/whoami' }),
        message: z => z.string({ description: 'The commit message' }),
        repository: z =>
          z.string({ description: 'Id of the repository under homeport.repositories. Defaults to the first' }).optional(),
        sourcePath: z =>
          z.string({ description: 'Workspace folder holding the checkout. Defaults to `repo`' }).optional(),
      },
      output: {
        branch: z => z.string(),
        commit: z => z.string({ description: 'The commit pushed (empty in a dry run)' }),
        remoteUrl: z => z.string(),
      },
    },
    async handler(ctx) {
      const repo = findRepository(options, ctx.input.repository);
      const cwd = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const { branch } = ctx.input;
      const timeoutMs = options.timeouts.gitMs;
      const git = (args: string[]) => workspaceGit(args, { cwd, timeoutMs });
      try {
        await runGit(['check-ref-format', '--branch', branch], { timeoutMs });
      } catch {
        throw new InputError(`'${branch}' is not a valid branch name`);
      }
      // What is pushed is checked, whichever step wrote it: rendered specs or raw manifests.
      await requirePrivilege(options, ctx, await checkoutChanges(cwd, timeoutMs));
      ctx.output('branch', branch);
      ctx.output('remoteUrl', repo.url);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would push branch ${branch} to ${repo.url}`);
        ctx.output('commit', '');
        return;
      }
      const remote = await git(['ls-remote', '--heads', 'origin', branch]);
      if (remote.trim()) {
        throw new ConflictError(
          `Branch ${branch} already exists in GitOps repository '${repo.id}': a change is already pending there. Merge or delete it first.`,
        );
      }
      if (!(await git(['status', '--porcelain'])).trim()) {
        throw new InputError('Nothing to publish: the checkout has no changes');
      }
      const user = ctx.user?.entity;
      const author = user?.spec?.profile?.email
        ? ['--author', `${user.spec.profile.displayName ?? user.metadata.name} <${user.spec.profile.email}>`]
        : [];
      await git(['checkout', '--quiet', '-b', branch]);
      await git(['add', '--all']);
      await git(['commit', '--quiet', '--no-verify', '-m', ctx.input.message, ...author]);
      const commit = (await git(['rev-parse', 'HEAD'])).trim();
      try {
        await git(['push', '--quiet', '--no-verify', 'origin', `refs/heads/${branch}:refs/heads/${branch}`]);
      } catch (error) {
        if (error instanceof GitCommandError) {
          throw new InputError(`Cannot push branch ${branch} to '${repo.id}' (${repo.url}): ${error.stderr.trim()}`);
        }
        throw error;
      }
      ctx.logger.info(`Pushed ${commit} as ${branch} to ${repo.url}`);
      ctx.output('commit', commit);
    },
  });
}
