import fs from 'node:fs/promises';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { GitCommandError, runGit } from '@homeport/plugin-gitops-node';
import { examples } from './checkout.examples';
import { findRepository, GitopsActionOptions } from './options';
import { workspacePath } from './workspacePath';

/**
 * `gitops:checkout`: clones the configured GitOps repository's branch into the task
 * workspace, for the render action to read.
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
      ctx.logger.info(`Cloning ${repo.id} (${repo.url}, branch ${repo.branch}) into ${targetPath}`);
      try {
        await runGit(['clone', '--quiet', '--depth', '1', '--branch', repo.branch, '--', repo.url, dest], {
          timeoutMs: options.timeouts.gitMs,
        });
      } catch (error) {
        if (error instanceof GitCommandError) {
          throw new InputError(
            `Cannot clone GitOps repository '${repo.id}' (${repo.url}, branch ${repo.branch}): ${error.stderr.trim()}`,
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
    },
  });
}
