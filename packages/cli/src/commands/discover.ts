import fs from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { stringify } from 'yaml';
import { InputError } from '@backstage/errors';
import {
  Finding,
  lintRepository,
  PROFILE_IDS,
  ReadCache,
  readRepositoryWithTerraform,
  RepositoryModel,
  ServiceModel,
} from '@homeport/plugin-gitops-common';
import { readFileTree } from '@homeport/plugin-gitops-node';
import {
  formatUnderstanding,
  NOT_UNDERSTOOD_EXIT_CODE,
} from './understandingReport';
// The pure entity mapping of the catalog module (no backend services behind this entry point).
import {
  codeOwnersOf,
  entityName,
  serviceOwner,
  servicesToEntities,
} from '@homeport/plugin-catalog-backend-module-gitops/entities';

export type DiscoverFormat = 'table' | 'json' | 'entities';

export interface DiscoverOptions {
  /** The repository folder. */
  dir: string;
  /** Only the services of the profile's apps folder; without it, every service. */
  profile?: string;
  format: DiscoverFormat;
  /** The repository id of the entities (default: the folder's name). */
  id?: string;
  /** Owner of services that name none themselves. */
  defaultOwner: string;
  /** The repository's git URL, for the entities' source locations (default: the folder). */
  url?: string;
  branch: string;
}

/** At most two values per cell, then how many more (`--format json` has them all). */
function cell(values: string[]): string {
  if (!values.length) return '-';
  const shown = values.slice(0, 2).join(', ');
  return values.length > 2 ? `${shown} +${values.length - 2}` : shown;
}

function imageOrChart(service: ServiceModel): string[] {
  return [
    ...new Set(
      service.workloads.flatMap(w =>
        w.chart
          ? [`${w.chart.name}${w.chart.version ? `@${w.chart.version}` : ''}`]
          : w.images.map(i => i.raw),
      ),
    ),
  ];
}

/** The services as an aligned text table: service, namespace, kind, image/chart, hosts, owner. */
export function formatTable(
  model: RepositoryModel,
  ownerOf: (s: ServiceModel) => string,
): string {
  const header = [
    'SERVICE',
    'NAMESPACE',
    'KIND',
    'IMAGE/CHART',
    'HOSTS',
    'OWNER',
  ];
  const rows = model.services.map(s => [
    s.id,
    s.namespace ?? '-',
    cell([...new Set(s.workloads.map(w => w.kind))]),
    cell(imageOrChart(s)),
    cell([...new Set(s.hosts.map(h => h.host))]),
    ownerOf(s),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (r: string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const summary = `${model.services.length} services${
    model.warnings.length
      ? `, ${model.warnings.length} warnings (see --format json)`
      : ''
  }`;
  return `${[header, ...rows].map(line).join('\n')}\n${summary}\n`;
}

/** Reads a repository folder and prints its services as a table, as JSON, or as catalog entities (YAML). */
export async function discover(
  opts: DiscoverOptions,
  out: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<RepositoryModel> {
  const dir = path.resolve(opts.dir);
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new InputError(`${opts.dir} is not a folder`);
  const tree = await readFileTree(dir);
  // One parse of each file, shared by the reader and lint.
  const cache = new ReadCache();
  const model = await readRepositoryWithTerraform(tree, {
    profile: opts.profile,
    cache,
  });
  const repository = {
    id: opts.id ?? entityName(path.basename(dir).toLowerCase()),
    url: opts.url ?? dir,
    branch: opts.branch,
    profile: opts.profile,
    defaultOwner: opts.defaultOwner,
  };
  switch (opts.format) {
    case 'json':
      out.stdout(`${JSON.stringify(model, null, 2)}\n`);
      break;
    case 'entities': {
      let findings: Finding[] = [];
      if (opts.profile) {
        try {
          findings = lintRepository(tree, { profile: opts.profile, cache });
        } catch (error) {
          out.stderr(
            `Not linted: ${error instanceof Error ? error.message : error}\n`,
          );
        }
      }
      const entities = servicesToEntities({
        services: model.services,
        tree,
        repository,
        localRoot: dir,
        findings,
      });
      out.stdout(
        entities.map(e => `---\n${stringify(e, { lineWidth: 0 })}`).join(''),
      );
      break;
    }
    default: {
      const codeOwners = codeOwnersOf(tree);
      out.stdout(
        formatTable(
          model,
          s => serviceOwner(s, codeOwners, opts.defaultOwner).owner,
        ),
      );
      out.stdout(formatUnderstanding(model.understanding));
    }
  }
  if (opts.format === 'entities')
    out.stderr(formatUnderstanding(model.understanding));
  for (const w of model.warnings.slice(0, opts.format === 'json' ? 0 : 5)) {
    out.stderr(`warning: ${w.file ? `${w.file}: ` : ''}${w.message}\n`);
  }
  return model;
}

export function registerDiscover(program: Command) {
  program
    .command('discover')
    .description(
      "Read a GitOps repository's services (namespace, workloads, images or charts, hosts, databases, owner) and print them as a table, JSON, or the Backstage entities the catalog gets.",
    )
    .argument('<dir>', 'the GitOps repository folder')
    .option(
      '--profile <id>',
      `only the services of the profile's apps folder: ${PROFILE_IDS.join(
        ', ',
      )} (default: every service)`,
    )
    .addOption(
      new Option('--format <format>', 'the output format')
        .choices(['table', 'json', 'entities'])
        .default('table'),
    )
    .option(
      '--id <id>',
      "the repository id of the entities (default: the folder's name)",
    )
    .option(
      '--default-owner <ref>',
      'owner of services that name none themselves',
      'group:default/platform',
    )
    .option(
      '--url <url>',
      "the repository's git URL, for the entities' source and edit links (default: the folder)",
    )
    .option(
      '--branch <branch>',
      'the branch, for the source and edit links',
      'main',
    )
    .action(async (dir: string, opts: Omit<DiscoverOptions, 'dir'>) => {
      const model = await discover(
        { ...opts, dir },
        {
          stdout: s => process.stdout.write(s),
          stderr: s => process.stderr.write(s),
        },
      );
      if (model.understanding.status === 'not-understood')
        process.exitCode = NOT_UNDERSTOOD_EXIT_CODE;
    });
}
