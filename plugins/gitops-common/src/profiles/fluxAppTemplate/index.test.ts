import fs from 'node:fs';
import path from 'node:path';
import { parseSpecs } from '../../specs';
import { renderChangeSet } from '../../render/renderChangeSet';
import { expectGolden } from '../../testUtils/golden';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { FluxHelmProfileSpec } from '../document/schema';
import { createProfile, defaultProfileRegistry, fluxAppTemplateDocument } from '../registry';
import { FLUX_APP_TEMPLATE } from './document';

const FIXTURES = path.join(__dirname, '__fixtures__');
const profile = createProfile(FLUX_APP_TEMPLATE);
const repo = readTreeSync(path.join(FIXTURES, 'repo'));

function render(specYaml: string, tree = repo) {
  return renderChangeSet(profile, parseSpecs(specYaml), tree);
}

describe('flux-app-template golden files (against an onedr0p-style repository)', () => {
  const cases = fs.readdirSync(FIXTURES).filter(c => c !== 'repo').sort();

  it('has a case for every spec kind the profile supports', () => {
    const kinds = new Set(cases.flatMap(c => parseSpecs(fs.readFileSync(path.join(FIXTURES, c, 'spec.yaml'), 'utf8')).map(s => s.kind)));
    expect([...kinds].sort()).toEqual([...profile.supports].sort());
    expect([...profile.supports].sort()).toEqual(['app', 'gpu', 'http', 'postgres', 'redis', 'secret', 'tcp', 'volume']);
  });

  it.each(cases)('%s', name => {
    const dir = path.join(FIXTURES, name);
    expectGolden(render(fs.readFileSync(path.join(dir, 'spec.yaml'), 'utf8')), dir);
  });
});

describe('flux-app-template refusals', () => {
  it.each([
    ['an app that exists', '{ kind: app, name: echo, source: { type: image, repository: nginx, tag: 1.27.3 } }', "App 'echo' already exists (kubernetes/apps/default/echo/)"],
    ['an app that exists in another namespace', '{ kind: app, name: echo, namespace: media, source: { type: image, repository: nginx, tag: 1.27.3 } }', "App 'echo' already exists (kubernetes/apps/default/echo/)"],
    [
      'a namespace the repository does not have',
      '{ kind: app, name: x1, namespace: games, source: { type: image, repository: nginx, tag: 1.27.3 } }',
      "Namespace 'games' has no apps in this repository (kubernetes/apps/games/kustomization.yaml does not exist); this convention adds apps only to namespaces that exist: pick one of the repository's namespaces",
    ],
    ['an attachment to an app that does not exist', '{ kind: redis, app: nextcloud }', "App 'nextcloud' does not exist (no kubernetes/apps/<namespace>/nextcloud/app/helmrelease.yaml): create the app first, or add it to the same request"],
    ['a shared database', '{ kind: postgres, app: echo, mode: shared }', "This repository's convention gives each app its own CloudNativePG cluster; a shared cluster is not part of it"],
    ['a second cache of the same name', '[{ kind: redis, app: echo }, { kind: redis, app: echo }]', 'kubernetes/apps/default/echo/app/helmrelease.yaml already sets spec.values.controllers.redis'],
  ])('refuses %s', (_what, spec, message) => {
    expect(() => render(spec)).toThrow(message);
  });

  it('refuses a GPU of a vendor the repository has no DRA device class for', () => {
    const document = fluxAppTemplateDocument();
    const intelOnly = defaultProfileRegistry.fromDocument({ ...document, spec: { ...(document.spec as FluxHelmProfileSpec), gpu: { style: 'dra', deviceClasses: { intel: 'gpu.intel.com' } } } });
    expect(() => renderChangeSet(intelOnly, parseSpecs('{ kind: gpu, name: llm, repository: ghcr.io/ggml-org/llama.cpp, tag: server-b5490, vendor: amd }'), repo)).toThrow(
      "This repository's convention has no DRA device class for amd GPUs (it knows: intel)",
    );
  });

  it('refuses what a document has no convention for, with its reason', () => {
    const bare = createProfile(FLUX_APP_TEMPLATE, { postgres: { style: 'none', reason: 'no operator here' } });
    expect(() => renderChangeSet(bare, parseSpecs('{ kind: postgres, app: echo }'), repo)).toThrow(
      'Profile flux-app-template has no convention for a postgres spec: no operator here (it supports: app, gpu, redis, volume, secret, http, tcp)',
    );
  });

  it('names the file when the namespace kustomization is not YAML', () => {
    const broken = repo.with([['kubernetes/apps/default/kustomization.yaml', 'resources: [echo\n']]);
    expect(() => render('{ kind: app, name: x1, source: { type: image, repository: nginx, tag: 1.27.3 } }', broken)).toThrow(
      /^kubernetes\/apps\/default\/kustomization.yaml is not valid YAML: /,
    );
  });

  it('is deterministic and leaves comments and anchors of edited files alone', () => {
    const spec = fs.readFileSync(path.join(FIXTURES, 'http-existing/spec.yaml'), 'utf8');
    const changeSet = render(spec);
    expect(changeSet).toEqual(render(spec));
    const release = changeSet.files.find(f => f.path.endsWith('helmrelease.yaml'))!.content;
    expect(release).toContain('HTTP_PORT: &port 8080');
    expect(release).toContain('port: *port');
    expect(release).toContain('# The public route');
  });
});
