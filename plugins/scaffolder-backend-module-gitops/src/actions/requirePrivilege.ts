import { LoggerService, BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  describePrivilege,
  gitopsPrivilegedWorkloadCreatePermission,
  privilegeOfChanges,
} from '@homeport/plugin-gitops-common';
import { GitopsActionOptions } from './options';

/** The files of a change: each with its new text and, when modified, its text before. */
export type ChangedFile = { path: string; content: string; previous?: string };

/**
 * The guardrail every Homeport action that writes or publishes a change goes through:
 * when the change adds anything that needs host access or a GPU (see
 * `privilegeOfChanges`), the task's initiator must hold
 * `gitops.workload.privileged.create`; else a `NotAllowedError` names each setting, its
 * file and the PodSecurity level the namespace would need.
 */
export async function requirePrivilege(
  options: Pick<GitopsActionOptions, 'permissions' | 'hostAccessCharts'>,
  ctx: { getInitiatorCredentials(): Promise<BackstageCredentials>; logger: LoggerService },
  files: readonly ChangedFile[],
): Promise<void> {
  const findings = privilegeOfChanges(files, { hostAccessCharts: options.hostAccessCharts });
  if (!findings.length) return;
  const permission = gitopsPrivilegedWorkloadCreatePermission;
  const [decision] = await options.permissions.authorize([{ permission }], {
    credentials: await ctx.getInitiatorCredentials(),
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(describePrivilege(findings, permission.name));
  }
  ctx.logger.info(
    `The change needs host access or a GPU (${findings.map(f => `${f.file}: ${f.what}`).join('; ')}); allowed by ${permission.name}`,
  );
}
