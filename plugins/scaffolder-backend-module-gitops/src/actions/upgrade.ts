import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { changeSetToDiff, formatUpgradeEdits, parseUpgradeRequest, renderUpgrade } from '@homeport/plugin-gitops-common';
import { profileFromConfig, readFileTree } from '@homeport/plugin-gitops-node';
import { appOfRef, present } from './dayTwoInputs';
import { examples } from './upgrade.examples';
import { findRepository, GitopsActionOptions } from './options';
import { requirePrivilege } from './requirePrivilege';
import { workspacePath } from './workspacePath';
import { writeChanges } from './writeChanges';

/**
 * `gitops:upgrade`: changes an existing service of the GitOps repository in the checkout
 * in the workspace: an image's exact tag, the chart's exact version, the replicas or the
 * main container's resources, each edited in place so that every other line (the update
 * bot's `# renovate:` comment included) stays as it is. Copies the changed files into a
 * second folder for the forges' pull-request actions, as `gitops:render` does.
 *
 * @public
 */
export function createGitopsUpgradeAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:upgrade',
    description:
      "Upgrades an existing service of the GitOps repository: its image tag or chart version (exact versions only), its replicas or resources, edited in place in the files that set them.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        app: z => z.string({ description: 'The service: its name, or its entity ref such as component:default/podinfo' }),
        workload: z =>
          z.string({ description: 'The workload to change, when the service has several. Defaults to its only one' }).optional(),
        imageRepository: z =>
          z
            .string({ description: 'The image whose tag changes, when the service runs several (no tag). Defaults to its only one' })
            .optional(),
        tag: z => z.string({ description: 'The new exact image tag, such as 1.4.3. Blank: the tag stays' }).optional(),
        chartVersion: z => z.string({ description: "The chart's new exact version, such as 6.10.0. Blank: it stays" }).optional(),
        replicas: z => z.number({ description: 'The new number of replicas. Blank: it stays' }).int().optional(),
        cpuRequest: z => z.string({ description: 'resources.requests.cpu, such as 100m. Blank: it stays' }).optional(),
        memoryRequest: z => z.string({ description: 'resources.requests.memory, such as 256Mi. Blank: it stays' }).optional(),
        cpuLimit: z => z.string({ description: 'resources.limits.cpu. Blank: it stays' }).optional(),
        memoryLimit: z => z.string({ description: 'resources.limits.memory, such as 1Gi. Blank: it stays' }).optional(),
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
        edits: z =>
          z.array(z.object({ file: z.string(), what: z.string(), from: z.string().optional(), to: z.string() })),
        summary: z => z.string({ description: 'The edits as a Markdown list' }),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const resources = {
        requests: { cpu: present(input.cpuRequest), memory: present(input.memoryRequest) },
        limits: { cpu: present(input.cpuLimit), memory: present(input.memoryLimit) },
      };
      const tag = present(input.tag);
      const request = parseUpgradeRequest({
        app: appOfRef(input.app),
        workload: present(input.workload),
        image: tag ? { repository: present(input.imageRepository), tag } : undefined,
        chartVersion: present(input.chartVersion),
        replicas: present(input.replicas),
        resources: Object.values(resources).some(l => Object.values(l).some(Boolean)) ? resources : undefined,
      });
      const repo = findRepository(options, input.repository);
      const source = workspacePath(ctx.workspacePath, input.sourcePath ?? 'repo', 'sourcePath');
      const changes = workspacePath(ctx.workspacePath, input.changesPath ?? 'changes', 'changesPath');
      const tree = await readFileTree(source);
      const profile = profileFromConfig(options.config, repo.profile, tree, options.profiles);
      const { changeSet, edits } = renderUpgrade(profile.id, tree, request);
      await requirePrivilege(options, ctx, changeSet.files);
      await writeChanges(source, changes, changeSet);
      for (const edit of edits) ctx.logger.info(`${edit.file}: ${edit.what} ${edit.from ?? '(unset)'} -> ${edit.to}`);

      ctx.output('profile', profile.id);
      ctx.output('app', request.app);
      ctx.output('files', changeSet.files.map(f => ({ path: f.path, action: f.action })));
      ctx.output('diff', changeSetToDiff(changeSet));
      ctx.output('edits', edits);
      ctx.output('summary', formatUpgradeEdits(edits));
    },
  });
}
