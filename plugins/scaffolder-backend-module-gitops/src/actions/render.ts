import { ConflictError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  changeSetToDiff,
  formatChecklist,
  renderChangeSet,
  requestApps,
  validateSpecs,
} from '@homeport/plugin-gitops-common';
import { profileFromConfig, readFileTree } from '@homeport/plugin-gitops-node';
import { checkOwners } from './checkOwners';
import { examples } from './render.examples';
import { findRepository, GitopsActionOptions } from './options';
import { requirePrivilege } from './requirePrivilege';
import { templateRefOf, withSourceTemplate } from './sourceTemplate';
import { workspacePath } from './workspacePath';
import { writeChanges } from './writeChanges';

/** A form's value with its blank fields (`''`, `null`) left out, in nested objects and list items too. */
function withoutBlankFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlankFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '' && v !== null)
      .map(([k, v]) => [k, withoutBlankFields(v)]),
  );
}

/**
 * A spec as a form filled it: fields left blank are absent (an image item whose tag path
 * was left blank has none), and the `enabled` switch templates use to make a spec
 * optional is dropped (only the spec's own: a chart value `enabled` stays).
 */
function withoutBlanks(spec: Record<string, unknown>): Record<string, unknown> {
  const { enabled: _enabled, ...rest } = spec;
  return withoutBlankFields(rest) as Record<string, unknown>;
}

/**
 * `gitops:render`: renders workload specs under the repository's profile into the
 * checkout in the workspace, and copies the changed files into a second folder for the
 * forges' pull-request actions. A change that needs host access or a GPU (by its spec,
 * its Helm values or its chart) needs `gitops.workload.privileged.create`; without it
 * nothing is written. An app's owner, when the spec names one, must not be blank and
 * must be a group or user of the catalog. A Helm app's chart is read from its repository or registry first
 * when its specs leave the exposure's Service or port, a secret's ServiceAccount or an
 * image's values paths to it; an unreachable chart refuses the request.
 * The catalog entities it adds carry `backstage.io/source-template`: the template the
 * task runs.
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
        pendingBranch: z =>
          z
            .string({
              description:
                "The pending branch the checkout holds (gitops:checkout's pendingBranch output): a conflict then says the pending change holds it. Defaults to none",
            })
            .optional(),
      },
      output: {
        profile: z => z.string(),
        apps: z => z.array(z.string()),
        files: z => z.array(z.object({ path: z.string(), action: z.enum(['add', 'modify', 'delete']) })),
        diff: z => z.string({ description: 'The change set as a unified diff' }),
        manualSteps: z =>
          z.array(z.object({ id: z.string(), app: z.string(), owner: z.string(), title: z.string(), detail: z.string() })),
        checklist: z => z.string({ description: 'The manual steps as a Markdown checklist' }),
      },
    },
    async handler(ctx) {
      await checkOwners(ctx.input.specs, options.catalog, () => ctx.getInitiatorCredentials());
      const specs = validateSpecs(
        ctx.input.specs.filter(spec => spec.enabled !== false).map(withoutBlanks),
      );
      const repo = findRepository(options, ctx.input.repository);
      const source = workspacePath(ctx.workspacePath, ctx.input.sourcePath ?? 'repo', 'sourcePath');
      const changes = workspacePath(ctx.workspacePath, ctx.input.changesPath ?? 'changes', 'changesPath');
      const tree = await readFileTree(source);
      const profile = profileFromConfig(options.config, repo.profile, tree, options.profiles);
      // The charts of Helm apps whose specs leave their Service, ServiceAccount or image keys open.
      const charts = await options.charts.readForSpecs(specs);
      for (const [app, facts] of Object.entries(charts)) {
        ctx.logger.info(`read chart ${facts.chart} ${facts.version} for ${app}`);
      }

      let changeSet;
      try {
        changeSet = withSourceTemplate(renderChangeSet(profile, specs, tree, { charts }), templateRefOf(ctx.templateInfo));
      } catch (error) {
        if (error instanceof ConflictError && ctx.input.pendingBranch) {
          throw new ConflictError(
            `${error.message}. This change was rendered on top of the pending change on branch ${ctx.input.pendingBranch} (not merged yet): if that change added it, merge or delete the branch first.`,
          );
        }
        throw error;
      }
      // GPU specs, privileged Helm values, host-access charts: the rendered objects tell.
      await requirePrivilege(options, ctx, changeSet.files);
      await writeChanges(source, changes, changeSet);
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
