/* The provider measured as a deployed backend runs it: the workspace packages from their
 * production build (`backstage-cli package build`, the `publishConfig.main` a published
 * package points at) and the bench's own files compiled ahead, so that the process loads
 * no TypeScript transform (which alone takes about 60 MiB). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
/** The packages the provider loads, by folder under plugins/. */
const PACKAGES = ['gitops-common', 'gitops-node', 'catalog-backend-module-gitops'];
/** The bench files a phase process loads. */
const BENCH_FILES = ['discover', 'memory', 'floor', 'demoRepo', 'peakRss', 'production', 'distResolve'];

/** A `node` command line that runs the bench in production form: `[...args, script]`. */
export interface ProductionRun {
  args: string[];
  script: string;
}

/**
 * Builds the packages (a few seconds each) and compiles the bench into .bench-build
 * (git-ignored; beside bench/, so that node_modules and the bench's paths resolve as
 * from bench/); returns how to run the bench file `script` (`discover`, `memory`) there.
 */
export function buildForProduction(script = 'discover'): ProductionRun {
  for (const folder of PACKAGES) {
    const built = spawnSync('yarn', ['build'], { cwd: path.join(ROOT, 'plugins', folder), encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`the production build of plugins/${folder} failed:\n${built.stdout}${built.stderr}`);
  }
  // Loaded here only: the phase processes load this file too, and must not load swc.
  const { transformFileSync } = require('@swc/core') as typeof import('@swc/core');
  const out = path.join(ROOT, '.bench-build');
  fs.mkdirSync(out, { recursive: true });
  for (const file of BENCH_FILES) {
    const { code } = transformFileSync(path.join(__dirname, `${file}.ts`), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    fs.writeFileSync(path.join(out, `${file}.js`), code);
  }
  const dist = Object.fromEntries(
    PACKAGES.map(folder => {
      const dir = path.join(ROOT, 'plugins', folder);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      return [pkg.name, path.join(dir, pkg.publishConfig.main)];
    }),
  );
  fs.writeFileSync(path.join(out, 'dist.json'), JSON.stringify(dist));
  return { args: ['-r', path.join(out, 'distResolve.js')], script: path.join(out, `${script}.js`) };
}
