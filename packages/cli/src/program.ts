import { Command } from 'commander';
import { registerDiscover } from './commands/discover';
import { registerLint } from './commands/lint';
import { registerProfile } from './commands/profile';
import { registerRender } from './commands/render';

/**
 * Builds the `homeport` command line. Each subcommand lives in `commands/<name>.ts`.
 */
export function createProgram(): Command {
  const program = new Command('homeport')
    .description(
      'Homeport: render, discover and lint the services of a GitOps repository (Flux or Argo CD).',
    )
    .version(version())
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerRender(program);
  registerLint(program);
  registerDiscover(program);
  registerProfile(program);
  return program;
}

function version(): string {
  // eslint-disable-next-line @backstage/no-relative-monorepo-imports
  return require('../package.json').version;
}
