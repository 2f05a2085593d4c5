import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { GitCommandError, readPendingCommits, runGit } from '@homeport/plugin-gitops-node';
import { examples } from './publishBranch.examples';
import { remoteBranchTip } from './clonePending';
import { checkoutChanges, workspaceGit } from './checkoutChanges';
import { commitIdentity, identityEnv } from './commitIdentity';
import { findRepository, GitopsActionOptions } from './options';
import { describePending, publishMode } from './pendingChange';
import { describeRepository, redactServerPaths } from './publicRepository';
import { requirePrivilege } from './requirePrivilege';
import { workspacePath } from './workspacePath';

/** The commit message: subject, the body (the checklist), and who asked for it. */
function commitMessage(subject: string, body: string | undefined, requestedBy: string | undefined): string[] {
  const parts = [subject, body?.trim(), requestedBy ? `Requested-by: ${requestedBy}` : undefined];
  return parts.filter((p): p is string => Boolean(p)).flatMap(p => ['-m', p]);
}

/**
 * `gitops:publish:branch`: commits the checkout's changes and pushes them to the
 * repository's own remote, on the app's pending branch. A branch that does not exist is
 * created; a pending branch that gitops:checkout checked out gets one more commit
 * (fast-forward): the change stacks onto the pending one. The requesting user is the
 * commit's author, Homeport its committer. What it would push goes through the same
 * privilege check as `gitops:render`, in a dry run too.
 *
 * @public
 */
export function createGitopsPublishBranchAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:publish:branch',
    description:
      'Commits the rendered change on the pending branch of the GitOps repository (new, or stacked onto a pending change) and pushes it (no forge needed).',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        branch: z => z.string({ description: 'The pending branch, such as homeport/whoami' }),
        message: z => z.string({ description: 'The commit subject' }),
        body: z =>
          z.string({ description: 'The commit message body, such as the checklist of manual steps. Defaults to none' }).optional(),
        repository: z =>
          z.string({ description: 'Id of the repository under homeport.repositories. Defaults to the first' }).optional(),
        sourcePath: z =>
          z.string({ description: 'Workspace folder holding the checkout. Defaults to `repo`' }).optional(),
      },
      output: {
        branch: z => z.string(),
        commit: z => z.string({ description: 'The commit pushed (empty in a dry run)' }),
        mode: z => z.enum(['create', 'stack'], { description: '`create` for a new branch, `stack` for a commit onto a pending change' }),
        summary: z => z.string({ description: 'What was (or, in a dry run, would be) pushed, in words (Markdown)' }),
      },
    },
    async handler(ctx) {
      const repo = findRepository(options, ctx.input.repository);
      const cwd = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const { branch } = ctx.input;
      const timeoutMs = options.timeouts.gitMs;
      const described = `GitOps repository ${describeRepository(repo)}`;
      const git = (args: string[], env?: NodeJS.ProcessEnv) => workspaceGit(args, { cwd, timeoutMs, env });
      try {
        await runGit(['check-ref-format', '--branch', branch], { timeoutMs });
      } catch {
        throw new InputError(`'${branch}' is not a valid branch name`);
      }
      // What is pushed is checked, whichever step wrote it: rendered specs or raw manifests.
      await requirePrivilege(options, ctx, await checkoutChanges(cwd, timeoutMs));
      const head = (await git(['rev-parse', 'HEAD'])).trim();
      const mode = publishMode({ branch, remoteTip: await remoteBranchTip(repo.url, branch, timeoutMs, options.integrations), head });
      // A stacking checkout is shallow and holds exactly the pending commits (see gitops:checkout).
      const shallow = (await git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
      const pendingCommits = mode === 'stack' && shallow ? await readPendingCommits('HEAD', { cwd, timeoutMs }) : [];
      const pending = mode === 'stack' ? describePending(branch, pendingCommits) : '';
      ctx.output('branch', branch);
      ctx.output('mode', mode);
      if (ctx.isDryRun) {
        const summary =
          mode === 'stack'
            ? `Would add one commit to ${pending} in ${described}.`
            : `Would push a new branch \`${branch}\` to ${described}.`;
        ctx.logger.info(summary);
        ctx.output('summary', summary);
        ctx.output('commit', '');
        return;
      }
      if (!(await git(['status', '--porcelain'])).trim()) {
        throw new InputError('Nothing to publish: the checkout has no changes');
      }
      const identity = commitIdentity(ctx.user);
      const current = (await git(['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
      if (current !== branch) await git(['checkout', '--quiet', '-b', branch]);
      await git(['add', '--all']);
      await git(
        ['commit', '--quiet', '--no-verify', ...commitMessage(ctx.input.message, ctx.input.body, identity.requestedBy)],
        identityEnv(identity),
      );
      const commit = (await git(['rev-parse', 'HEAD'])).trim();
      try {
        // Never forced: a branch that moved since the checkout is refused by the remote.
        // With the integration's credentials for the remote, through the environment only.
        await workspaceGit(['push', '--quiet', '--no-verify', 'origin', `refs/heads/${branch}:refs/heads/${branch}`], {
          cwd,
          timeoutMs,
          remote: { url: repo.url, integrations: options.integrations },
        });
      } catch (error) {
        if (error instanceof GitCommandError) {
          const stderr = redactServerPaths(error.stderr.trim(), repo, ctx.workspacePath);
          if (/\[rejected\]|non-fast-forward|fetch first/.test(stderr)) {
            throw new ConflictError(`Branch ${branch} of ${described} moved while this task ran: run the template again. (${stderr})`);
          }
          throw new InputError(`Cannot push branch ${branch} to ${described}: ${stderr}`);
        }
        throw error;
      }
      const summary =
        mode === 'stack'
          ? `Added commit ${commit.slice(0, 7)} to ${pending} in ${described}.`
          : `Pushed the new branch \`${branch}\` (commit ${commit.slice(0, 7)}) to ${described}.`;
      ctx.logger.info(summary);
      ctx.output('summary', summary);
      ctx.output('commit', commit);
    },
  });
}
