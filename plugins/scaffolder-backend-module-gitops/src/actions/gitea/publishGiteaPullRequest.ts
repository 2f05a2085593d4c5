import fs from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { createTemplateAction, parseRepoUrl } from '@backstage/plugin-scaffolder-node';
import { GitopsActionOptions } from '../options';
import { requirePrivilege } from '../requirePrivilege';
import { workspacePath } from '../workspacePath';
import { examples } from './publishGiteaPullRequest.examples';
import { GiteaClient, GiteaFileChange } from './GiteaClient';

async function readFolder(root: string, dir = root): Promise<GiteaFileChange[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => {
    throw new InputError(`Nothing to publish: ${path.basename(dir)} is not a folder of the workspace`);
  });
  const nested = await Promise.all(
    entries.map(async entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '.git' ? [] : readFolder(root, full);
      if (!entry.isFile()) return [];
      return [{ path: path.relative(root, full).split(path.sep).join('/'), content: await fs.readFile(full, 'utf8') }];
    }),
  );
  return nested.flat().sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * `publish:gitea:pull-request`: opens a pull request on Gitea or Forgejo with the files of
 * a workspace folder, committed in one commit on a new branch. Backstage has pull-request
 * actions for GitHub, GitLab and Bitbucket; this is the one for Gitea and Forgejo.
 *
 * @public
 */
export function createPublishGiteaPullRequestAction(
  options: Pick<GitopsActionOptions, 'config' | 'timeouts' | 'permissions' | 'hostAccessCharts'>,
) {
  const integrations = ScmIntegrations.fromConfig(options.config);
  return createTemplateAction({
    id: 'publish:gitea:pull-request',
    description: 'Opens a pull request on Gitea or Forgejo with the files of a workspace folder.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoUrl: z => z.string({ description: 'The repository, as gitea.example.com?owner=lab&repo=cluster' }),
        branchName: z => z.string({ description: 'The new branch' }),
        title: z => z.string({ description: 'Title of the pull request (and the commit message)' }),
        description: z => z.string({ description: 'Body of the pull request (Markdown)' }).optional(),
        commitMessage: z =>
          z.string({ description: 'The commit message (subject, blank line, body). Defaults to the title' }).optional(),
        sourcePath: z => z.string({ description: 'Workspace folder whose files the pull request writes. Defaults to the workspace' }).optional(),
        targetPath: z => z.string({ description: 'Folder of the repository the files land in. Defaults to its root' }).optional(),
        targetBranchName: z => z.string({ description: "The branch to merge into. Defaults to the repository's default branch" }).optional(),
      },
      output: {
        pullRequestUrl: z => z.string(),
        pullRequestNumber: z => z.number(),
        targetBranchName: z => z.string(),
        commit: z => z.string(),
      },
    },
    async handler(ctx) {
      const { host, owner, repo } = parseRepoUrl(ctx.input.repoUrl, integrations);
      if (!owner || !repo) {
        throw new InputError(`repoUrl ${ctx.input.repoUrl} needs owner and repo, such as ${host}?owner=lab&repo=cluster`);
      }
      const integration = integrations.gitea.byHost(host);
      if (!integration) {
        throw new InputError(`No Gitea integration for host ${host}: add it under integrations.gitea in app-config.yaml`);
      }
      const source = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? '.', 'sourcePath');
      const prefix = ctx.input.targetPath ? ctx.input.targetPath.replace(/^\/+|\/+$/g, '') : '';
      const files = (await readFolder(source)).map(f => ({
        ...f,
        path: prefix ? `${prefix}/${f.path}` : f.path,
      }));
      if (!files.length) throw new InputError(`Nothing to publish: ${ctx.input.sourcePath ?? '.'} holds no files`);
      if (files.some(f => f.path.split('/').includes('..'))) {
        throw new InputError(`targetPath ${ctx.input.targetPath} leaves the repository`);
      }

      // What the pull request would write goes through the privilege check (its files' full text:
      // the text they replace is on the forge).
      await requirePrivilege(options, ctx, files);
      const client = new GiteaClient(integration.config, owner, repo, options.timeouts.httpMs);
      const base = ctx.input.targetBranchName ?? (await client.defaultBranch());
      ctx.output('targetBranchName', base);
      if (await client.branchExists(ctx.input.branchName)) {
        throw new ConflictError(
          `Branch ${ctx.input.branchName} already exists in ${owner}/${repo}: a change is already pending there`,
        );
      }
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would open a pull request ${ctx.input.branchName} -> ${base} with ${files.length} files`);
        ctx.output('pullRequestUrl', '');
        ctx.output('pullRequestNumber', 0);
        ctx.output('commit', '');
        return;
      }
      const commit = await client.commitFiles(base, ctx.input.branchName, ctx.input.commitMessage ?? ctx.input.title, files);
      const pr = await client.openPullRequest(ctx.input.branchName, base, ctx.input.title, ctx.input.description ?? '');
      ctx.logger.info(`Opened pull request #${pr.number}: ${pr.html_url}`);
      ctx.output('pullRequestUrl', pr.html_url);
      ctx.output('pullRequestNumber', pr.number);
      ctx.output('commit', commit);
    },
  });
}
