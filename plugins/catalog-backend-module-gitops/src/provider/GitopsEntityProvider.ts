import { ScmIntegrations } from '@backstage/integration';
import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  Finding,
  lintRepository,
  MapFileTree,
  ProfileRegistry,
  ReadCache,
  readRepositoryWithTerraform,
} from '@homeport/plugin-gitops-common';
import {
  AUTO_PROFILE,
  lintOptionsFromConfig,
  readTimeouts,
} from '@homeport/plugin-gitops-node';
import { servicesToEntities, webUrlOf } from '../entities';
import { GitopsProviderConfig, readProviderConfigs } from './config';
import { AppliedEntities, entityDelta } from './entityDelta';
import { GitMirror } from './gitMirror';
import { logUnderstanding } from './logUnderstanding';
import { updateCommitTree } from './updateCommitTree';

/** What one {@link GitopsEntityProvider.read} did. */
export interface GitopsReadResult {
  /** `applied`: the entities of `commit` went to the catalog; `unchanged`: the branch had not moved. */
  status: 'applied' | 'unchanged';
  /** The commit of the branch. */
  commit: string;
  /** The number of services and of entities applied (when applied). */
  services?: number;
  entities?: number;
  /** How the entities went to the catalog: all of them, or only the changed ones (when applied). */
  mutation?: { type: 'full' } | { type: 'delta'; added: number; removed: number };
  /** The files read from git: all of the commit's, or those changed since the last read. */
  changedFiles?: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Puts every service of one GitOps repository in the catalog: a Component per service,
 * a Resource per database, cache and secret, and Systems (see `servicesToEntities`).
 * On its schedule it asks where the branch is, and only when the branch moved fetches
 * it into a folder under `homeport.cacheDir` (checked out for a local repository, whose
 * `file:` locations point there), reads the commit's files from git, reads the services
 * (reusing the parsed files that did not change), lints them and applies the entities:
 * the first read as a full mutation, later ones as a delta of the entities that
 * changed (after a refresh only the files of the new commits, `git diff --name-only`,
 * are read from git). A failed refresh is logged and changes nothing: the catalog keeps
 * the last good entities. Each git command is killed after `homeport.timeouts.git`, so a
 * stalled remote fails one refresh instead of blocking every later one.
 *
 * @public
 */
export class GitopsEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private lastCommit?: string;
  /** The tree of the last commit read, for reading only the files a new commit changes. */
  private lastTree?: { commit: string; tree: MapFileTree };
  /** The entities last applied; `undefined` until a full mutation put them in the catalog. */
  private applied?: AppliedEntities;
  private readonly cache = new ReadCache();
  private readonly mirror: GitMirror;
  private queue: Promise<unknown> = Promise.resolve();

  /** One provider per repository of `homeport.repositories`. */
  static fromConfig(
    config: Config,
    options: { logger: LoggerService; scheduler: SchedulerService; profiles?: ProfileRegistry },
  ): GitopsEntityProvider[] {
    return readProviderConfigs(config).map(
      repository =>
        new GitopsEntityProvider(
          repository,
          config,
          readTimeouts(config).gitMs,
          options.profiles,
          options.logger.child({ target: `gitops-provider:${repository.id}` }),
          options.scheduler,
        ),
    );
  }

  private constructor(
    private readonly repository: GitopsProviderConfig,
    private readonly config: Config,
    private readonly gitTimeoutMs: number,
    private readonly profiles: ProfileRegistry | undefined,
    private readonly logger: LoggerService,
    private readonly scheduler: SchedulerService,
  ) {
    this.mirror = new GitMirror({
      url: repository.url,
      branch: repository.branch,
      dir: repository.checkoutDir,
      timeoutMs: gitTimeoutMs,
      integrations: ScmIntegrations.fromConfig(config),
    });
  }

  /** {@inheritdoc @backstage/plugin-catalog-node#EntityProvider.getProviderName} */
  getProviderName(): string {
    return `gitops-provider:${this.repository.id}`;
  }

  /** The schedule the provider reads on. */
  get schedule(): SchedulerServiceTaskScheduleDefinition {
    return this.repository.schedule;
  }

  /** {@inheritdoc @backstage/plugin-catalog-node#EntityProvider.connect} */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.scheduler.scheduleTask({
      id: `${this.getProviderName()}:refresh`,
      ...this.repository.schedule,
      fn: () => this.refresh(),
    });
  }

  /** The scheduled task: a read whose failure is logged, never thrown. */
  async refresh(): Promise<void> {
    try {
      await this.read();
    } catch (error) {
      this.logger.error(
        `Could not refresh GitOps repository '${this.repository.id}' from ${
          this.repository.url
        }; the catalog keeps its last good entities: ${message(error)}`,
      );
    }
  }

  /**
   * Reads the repository once and, when its branch moved since the last read (or
   * `force`), applies its entities. Concurrent calls run one after the other. Throws
   * when the repository cannot be fetched or read; then nothing is applied.
   */
  read(options: { force?: boolean } = {}): Promise<GitopsReadResult> {
    const run = this.queue.then(() => this.readOnce(options.force ?? false));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the services of `commit`, lints them and maps them to entities. */
  private async readCommit(commit: string) {
    const { repository } = this;
    const { tree, changed } = await updateCommitTree(
      this.mirror.checkoutDir,
      commit,
      this.lastTree,
      this.gitTimeoutMs,
    );
    // `auto`: the repository's own or inferred profile, which only lint needs.
    const auto = repository.profile === AUTO_PROFILE;
    const model = await readRepositoryWithTerraform(tree, {
      profile: auto ? undefined : repository.profile,
      cache: this.cache,
    });
    let findings: Finding[] = [];
    try {
      findings = lintRepository(tree, {
        // For `auto`, inference reuses this read (it is of every service) instead of reading again.
        ...lintOptionsFromConfig(this.config, repository.profile, tree, this.profiles, auto ? model : undefined),
        cache: this.cache,
      });
    } catch (error) {
      this.logger.warn(
        `Could not lint GitOps repository '${repository.id}': ${message(
          error,
        )}`,
      );
    }
    const entities = servicesToEntities({
      services: model.services,
      tree,
      repository: {
        id: repository.id,
        url: repository.url,
        branch: repository.branch,
        profile: repository.profile,
        defaultOwner: repository.defaultOwner,
        publishType: repository.publish.type,
        ...(repository.entityNamePrefix
          ? { entityNamePrefix: repository.entityNamePrefix }
          : {}),
      },
      localRoot: this.mirror.checkoutDir,
      commit,
      findings,
      understanding: model.understanding,
    });
    return { tree, changed, model, findings, entities };
  }

  private async readOnce(force: boolean): Promise<GitopsReadResult> {
    const connection = this.connection;
    if (!connection) {
      throw new Error(
        `${this.getProviderName()} is not connected to the catalog yet`,
      );
    }
    const { repository } = this;
    const remote = await this.mirror.remoteCommit();
    if (!force && remote === this.lastCommit) {
      this.logger.debug(
        `GitOps repository '${repository.id}' is still at ${remote.slice(
          0,
          12,
        )}`,
      );
      return { status: 'unchanged', commit: remote };
    }
    const started = Date.now();
    // A forge repository is linked on the forge: its files need no checkout here.
    const local = webUrlOf(repository.url) === undefined;
    const commit = await this.mirror.fetch();
    // The files of a local repository are checked out while the commit's objects are read.
    const checkout = local ? this.mirror.checkout(commit) : Promise.resolve();
    let result: Awaited<ReturnType<GitopsEntityProvider['readCommit']>>;
    try {
      result = await this.readCommit(commit);
    } catch (error) {
      await checkout.catch(() => undefined);
      throw error;
    }
    await checkout;
    const { tree, changed, model, findings, entities } = result;
    logUnderstanding(this.logger, repository.id, model.understanding);
    const locationKey = this.getProviderName();
    const delta = entityDelta(this.applied ?? new Map(), entities);
    let mutation: GitopsReadResult['mutation'];
    if (this.applied) {
      mutation = {
        type: 'delta',
        added: delta.added.length,
        removed: delta.removed.length,
      };
      if (delta.added.length || delta.removed.length)
        await connection.applyMutation({
          type: 'delta',
          added: delta.added.map(entity => ({ entity, locationKey })),
          removed: delta.removed.map(entityRef => ({ entityRef, locationKey })),
        });
    } else {
      mutation = { type: 'full' };
      await connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({ entity, locationKey })),
      });
    }
    this.applied = delta.applied;
    this.lastTree = { commit, tree };
    this.lastCommit = commit;
    if (model.warnings.length) {
      this.logger.warn(
        `GitOps repository '${repository.id}' at ${commit.slice(0, 12)}: ${
          model.warnings.length
        } reader warnings, first: ${model.warnings[0].file}: ${
          model.warnings[0].message
        }`,
      );
    }
    const applied =
      mutation.type === 'full'
        ? 'all applied'
        : `${mutation.added} added or changed, ${mutation.removed} removed`;
    const read =
      changed === undefined ? 'every file' : `${changed.length} changed files`;
    this.logger.info(
      `Read ${model.services.length} services (${entities.length} entities: ${applied}; ${
        findings.length
      } findings) of GitOps repository '${repository.id}' at ${commit.slice(
        0,
        12,
      )} in ${Date.now() - started} ms (${read} from git)`,
    );
    return {
      status: 'applied',
      commit,
      services: model.services.length,
      entities: entities.length,
      mutation,
      changedFiles: changed?.length,
    };
  }
}
