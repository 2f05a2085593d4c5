import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { BuildProblem, checkChange, Finding } from '@homeport/plugin-gitops-common';
import { lintOptionsFromConfig, readFileTree } from '@homeport/plugin-gitops-node';
import { changedPaths, checkoutChanges, workspaceGit } from './checkoutChanges';
import { requirePrivilege } from './requirePrivilege';
import { examples } from './lint.examples';
import { findRepository, GitopsActionOptions } from './options';
import { workspacePath } from './workspacePath';

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/** Findings as a Markdown list for the wizard's output and pull request bodies. */
export function findingsMarkdown(findings: Finding[]): string {
  if (!findings.length) return 'No guideline findings.\n';
  return findings
    .map(f => `- **${f.severity}** \`${f.file}:${f.line}\` ${f.message} (${f.ruleId}). Fix: ${f.fix}`)
    .join('\n')
    .concat('\n');
}

/** The builds a change breaks, one line each, for the refusal and the wizard's output. */
export function buildsMarkdown(builds: BuildProblem[]): string {
  return builds.map(b => `- \`kubectl kustomize ${b.kustomization || '.'}\` would fail: ${b.message}`).join('\n');
}

/**
 * `gitops:lint`: checks the change the task made in the checkout against the whole
 * repository before anything is proposed. Every kustomization the change touches is
 * built in process, before and after the change: a build the change breaks (an object
 * defined twice, a listed file missing) fails the task with the object and the files
 * named. The repository is linted before and after with its profile's full rule set:
 * the findings the change brings, in any file, fail the task at or above `failOn`.
 *
 * @public
 */
export function createGitopsLintAction(options: GitopsActionOptions) {
  return createTemplateAction({
    id: 'gitops:lint',
    description:
      "Checks the change in the GitOps checkout against the whole repository: fails when it breaks a kustomize build the change touches, or brings guideline findings at or above failOn.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repository: z =>
          z.string({ description: 'Id of the repository under homeport.repositories. Defaults to the first' }).optional(),
        sourcePath: z => z.string({ description: 'Workspace folder holding the checkout. Defaults to `repo`' }).optional(),
        failOn: z =>
          z.enum(['error', 'warning', 'never'], { description: 'Fail the task on findings of this severity or worse. Defaults to `error`' }).optional(),
      },
      output: {
        findings: z => z.array(z.record(z.unknown()), { description: 'The findings the change brings, in any file' }),
        builds: z =>
          z.array(z.object({ kustomization: z.string(), message: z.string() }), { description: 'The kustomize builds the change breaks' }),
        summary: z => z.string({ description: 'The findings as Markdown' }),
        errors: z => z.number(),
        warnings: z => z.number(),
      },
    },
    async handler(ctx) {
      const repo = findRepository(options, ctx.input.repository);
      const cwd = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const timeoutMs = options.timeouts.gitMs;
      const touched = await changedPaths(cwd, timeoutMs);
      const changes = await checkoutChanges(cwd, timeoutMs, touched);
      // The same privilege check as render and publish: a raw manifest written by any step counts.
      await requirePrivilege(options, ctx, changes);
      const tree = await readFileTree(cwd);
      // The repository as checked out: every changed path at its text in HEAD (absent if new).
      // Added and modified files carry it already; deleted ones (and links) are read here.
      const previous = new Map(changes.map(c => [c.path, c.previous]));
      const before: [string, string | undefined][] = [];
      for (const file of touched) {
        const text = previous.has(file)
          ? previous.get(file)
          : await workspaceGit(['cat-file', 'blob', `HEAD:${file}`], { cwd, timeoutMs }).catch(() => undefined);
        before.push([file, text]);
      }
      const { builds, findings } = checkChange(
        tree.with(before),
        tree,
        touched,
        lintOptionsFromConfig(options.config, repo.profile, tree, options.profiles),
      );
      ctx.output('builds', builds);
      if (builds.length) {
        throw new InputError(
          `The change would break the repository's build, so nothing is proposed:\n${buildsMarkdown(builds)}`,
        );
      }
      for (const f of findings) ctx.logger.info(`${f.file}:${f.line} ${f.severity} ${f.ruleId} ${f.message}`);
      const errors = findings.filter(f => f.severity === 'error').length;
      const warnings = findings.filter(f => f.severity === 'warning').length;
      ctx.output('findings', findings as any);
      ctx.output('summary', findingsMarkdown(findings));
      ctx.output('errors', errors);
      ctx.output('warnings', warnings);
      const failOn = ctx.input.failOn ?? 'error';
      const failing = failOn === 'never' ? [] : findings.filter(f => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
      if (failing.length) {
        throw new InputError(
          `The change breaks ${failing.length} of the repository's guidelines: ${failing
            .map(f => `${f.file}:${f.line} ${f.message}`)
            .join('; ')}`,
        );
      }
    },
  });
}
