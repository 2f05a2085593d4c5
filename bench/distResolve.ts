/* Preloaded (`node -r`) by a bench process in production form (see production.ts): the
 * workspace packages resolve to their production build, as a published package does. */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const dist: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, 'dist.json'), 'utf8'));
const resolve = (Module as any)._resolveFilename;
(Module as any)._resolveFilename = function resolveBuilt(request: string, ...rest: unknown[]) {
  return dist[request] ?? resolve.call(this, request, ...rest);
};
