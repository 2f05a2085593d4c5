// Bundles the command line into one file that runs with plain Node 20 or newer, with no
// Backstage monorepo around it: dist/homeport.cjs, which bin/homeport runs once packed.
// The HCL parser's WebAssembly module is a data file: it is copied to the package root,
// where the bundled parser looks for it (`<dist>/../main.wasm.gz`).
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

await build({
  entryPoints: [path.join(root, 'src/main.ts')],
  outfile: path.join(root, 'dist/homeport.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Only reached where Node has no global `performance` (Node 20 has one).
  external: ['performance'],
  logLevel: 'warning',
});

const hcl = path.dirname(require.resolve('@cdktf/hcl2json/package.json'));
fs.copyFileSync(path.join(hcl, 'main.wasm.gz'), path.join(root, 'main.wasm.gz'));
