import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ChangeSet } from '../changeset/types';
import { createArgocdCephEsoProfile } from '../profiles/argocdCephEso';
import { fixtureRepo } from '../profiles/argocdCephEso/testing/fixtureRepo';
import { FLUX_APP_TEMPLATE } from '../profiles/fluxAppTemplate/document';
import { createFluxLvmOpenbaoProfile } from '../profiles/fluxLvmOpenbao';
import { createProfile } from '../profiles/registry';
import { renderChangeSet } from '../render/renderChangeSet';
import { parseSpecs } from '../specs';
import { DEMO_REPO } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { chartsToRead } from './chartsToRead';
import { ChartFacts } from './types';

/**
 * The facts of the fixture charts of plugins/gitops-node, exactly as its chart reader
 * derives them (its tests compare against these files).
 */
const fixtureFacts = (name: string): ChartFacts =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '__fixtures__', `${name}.facts.json`), 'utf8'));
const GITEA = fixtureFacts('gitea');
const PODINFO = fixtureFacts('podinfo');

const demo = readTreeSync(DEMO_REPO);
const seed000 = createFluxLvmOpenbaoProfile();

function objects(changes: ChangeSet, file: string): any[] {
  const found = changes.files.find(f => f.path === file);
  if (!found) throw new Error(`no ${file} in ${changes.files.map(f => f.path).join(', ')}`);
  return parseAllDocuments(found.content).map(d => d.toJS());
}

function giteaRequest(name: string, extra = '') {
  return parseSpecs(`
- kind: app
  name: ${name}
  source:
    type: helm
    repository: { type: helm, url: https://charts.example.com }
    chart: gitea
    version: 12.4.0
    images: [{ repository: docker.gitea.com/gitea, tag: 1.24.6 }]
${extra}
- { kind: http, app: ${name} }
- { kind: secret, app: ${name}, name: ${name}-admin, path: ${name}/admin, keys: [password] }
`);
}

describe('a Helm app wired from its chart (flux-lvm-openbao)', () => {
  it('routes to the chart Service and port, creates no ServiceAccount beside the chart one, and sets the image values', () => {
    const changes = renderChangeSet(seed000, giteaRequest('gitea'), demo, { charts: { gitea: GITEA } });
    const [ingress] = objects(changes, 'apps/gitea/ingress.yaml');
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'gitea-http', port: { number: 3000 } } });

    const secret = objects(changes, 'apps/gitea/secret.yaml');
    expect(secret.map(o => o.kind)).toEqual(['VaultAuth', 'VaultStaticSecret']);
    expect(secret[0].spec.kubernetes).toEqual({ role: 'gitea', serviceAccount: 'gitea' });
    expect(parse(changes.files.find(f => f.path === 'vault/kubernetes-auth-roles/gitea.yaml')!.content).bound_service_account_names).toEqual(['gitea']);

    const release = changes.files.find(f => f.path === 'apps/gitea/release.yaml')!.content;
    expect(parseAllDocuments(release)[1].toJS().spec.values).toEqual({
      image: { registry: 'docker.gitea.com', repository: 'gitea', tag: '1.24.6' },
    });
    expect(release).toContain('tag: 1.24.6 # renovate: depName=docker.gitea.com/gitea registryUrl=https://docker.gitea.com\n');
    expect(changes.manualSteps.filter(s => s.id.startsWith('chart:'))).toEqual([]);
  });

  it('follows the release name, and the values the spec sets over the chart defaults', () => {
    const changes = renderChangeSet(
      seed000,
      giteaRequest('git', '    values: { service: { http: { port: 8080 } }, serviceAccount: { name: git-runner } }'),
      demo,
      { charts: { git: GITEA } },
    );
    expect(objects(changes, 'apps/git/ingress.yaml')[0].spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'git-gitea-http', port: { number: 8080 } },
    });
    expect(objects(changes, 'apps/git/secret.yaml')[0].spec.kubernetes).toEqual({ role: 'git', serviceAccount: 'git-runner' });
  });

  it('creates its own ServiceAccount when the chart creates none', () => {
    const changes = renderChangeSet(
      seed000,
      giteaRequest('gitea', '    values: { serviceAccount: { create: false } }'),
      demo,
      { charts: { gitea: GITEA } },
    );
    const secret = objects(changes, 'apps/gitea/secret.yaml');
    expect(secret.map(o => [o.kind, o.metadata.name])).toEqual([
      ['ServiceAccount', 'gitea'],
      ['VaultAuth', 'gitea'],
      ['VaultStaticSecret', 'gitea-admin'],
    ]);
  });

  it('keeps the Service, port and paths the spec states', () => {
    const specs = parseSpecs(`
- kind: app
  name: gitea
  source:
    type: helm
    repository: { type: helm, url: https://charts.example.com }
    chart: gitea
    version: 12.4.0
    images: [{ path: gitea.image.tag, repository: docker.gitea.com/gitea, tag: 1.24.6 }]
- { kind: http, app: gitea, service: gitea-web, port: 8000 }
- { kind: http, app: gitea, host: code.lumpiasty.xyz, service: gitea-http }
`);
    const changes = renderChangeSet(seed000, specs, demo, { charts: { gitea: GITEA } });
    expect(objects(changes, 'apps/gitea/ingress.yaml')[0].spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'gitea-web', port: { number: 8000 } },
    });
    expect(objects(changes, 'apps/gitea/ingress-code.yaml')[0].spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'gitea-http', port: { number: 3000 } },
    });
    expect(parseAllDocuments(changes.files.find(f => f.path === 'apps/gitea/release.yaml')!.content)[1].toJS().spec.values).toEqual({
      gitea: { image: { tag: '1.24.6' } },
    });
  });

  it('routes to <app>:80 when no chart was read, as before', () => {
    const specs = parseSpecs(`
- { kind: app, name: gitea, source: { type: helm, repository: { type: helm, url: https://charts.example.com }, chart: gitea, version: 12.4.0 } }
- { kind: http, app: gitea }
`);
    const changes = renderChangeSet(seed000, specs, demo);
    expect(objects(changes, 'apps/gitea/ingress.yaml')[0].spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'gitea', port: { number: 80 } },
    });
  });

  it.each([
    [
      'a chart whose HTTP Service is undecided',
      { ...GITEA, httpService: undefined, undecided: [{ about: 'httpService' as const, reason: 'two Services are rendered by default (gitea-http, gitea-ssh) and none says http' }] },
      "App 'gitea': Homeport could not tell which Service of chart gitea 12.4.0 serves HTTP (two Services are rendered by default (gitea-http, gitea-ssh) and none says http): give the exposure's Service name and port",
    ],
    [
      'a chart without image keys',
      { ...GITEA, image: undefined },
      "App 'gitea': the values.yaml of chart gitea 12.4.0 has no image.repository/image.tag keys for image docker.gitea.com/gitea: give the values path of the tag, such as image.tag",
    ],
    [
      'no chart read, and an image without a path',
      undefined,
      "App 'gitea': where chart gitea 12.4.0 keeps the tag of image docker.gitea.com/gitea is unknown (Homeport read no image.repository/image.tag keys from the chart): give the values path of the tag, such as image.tag",
    ],
  ])('refuses %s', (_, facts, message) => {
    expect(() => renderChangeSet(seed000, giteaRequest('gitea'), demo, { charts: facts ? { gitea: facts } : {} })).toThrow(message);
  });

  it("uses the ServiceAccount a secret names for an existing Helm app (the chart's own), and creates none", () => {
    const changes = renderChangeSet(seed000, parseSpecs('{ kind: secret, app: podinfo, name: podinfo-token, path: podinfo/token, keys: [token], serviceAccount: podinfo-sa }'), demo);
    expect(objects(changes, 'apps/podinfo/secret.yaml').map(o => [o.kind, o.metadata.name])).toEqual([
      ['VaultAuth', 'podinfo'],
      ['VaultStaticSecret', 'podinfo-token'],
    ]);
    expect(objects(changes, 'apps/podinfo/secret.yaml')[0].spec.kubernetes).toEqual({ role: 'podinfo', serviceAccount: 'podinfo-sa' });
    expect(parse(changes.files.find(f => f.path === 'vault/kubernetes-auth-roles/podinfo.yaml')!.content).bound_service_account_names).toEqual(['podinfo-sa']);
  });

  it('says when it could not tell whether the chart creates a ServiceAccount', () => {
    const facts = { ...GITEA, serviceAccount: undefined, undecided: [{ about: 'serviceAccount' as const, reason: 'templates/sa.yaml is rendered under a condition Homeport cannot evaluate' }] };
    const changes = renderChangeSet(seed000, giteaRequest('gitea'), demo, { charts: { gitea: facts } });
    expect(objects(changes, 'apps/gitea/secret.yaml').map(o => o.kind)).toEqual(['ServiceAccount', 'VaultAuth', 'VaultStaticSecret']);
    expect(changes.manualSteps.find(s => s.id === 'chart:service-account:gitea')).toEqual({
      id: 'chart:service-account:gitea',
      app: 'gitea',
      owner: 'developer',
      title: 'Check the ServiceAccount of secret gitea-admin against chart gitea 12.4.0',
      detail:
        "Homeport could not tell whether the chart creates a ServiceAccount (templates/sa.yaml is rendered under a condition Homeport cannot evaluate). Where this repository's secrets authenticate as a ServiceAccount of the app's own (named gitea) and the chart creates one of that name, Helm refuses to install: name the chart's ServiceAccount in the secret (serviceAccount) instead.",
      check: {
        kind: 'manual',
        how: "helm template of the chart with the release's values shows whether it creates a ServiceAccount named gitea.",
      },
    });
  });
});

const podinfoRequest = (namespace = '') =>
  parseSpecs(`
- kind: app
  name: podinfo
  ${namespace}
  source:
    type: helm
    repository: { type: oci, url: oci://ghcr.io/stefanprodan/charts }
    chart: podinfo
    version: 6.14.1
    images: [{ repository: ghcr.io/stefanprodan/podinfo, tag: 6.14.1 }]
- { kind: http, app: podinfo, host: podinfo.example.com }
`);

describe('a Helm app wired from its chart (other profiles)', () => {
  it('argocd-ceph-eso: the Ingress routes to the chart Service, values.yaml has the image', () => {
    const changes = renderChangeSet(createArgocdCephEsoProfile(), podinfoRequest('namespace: media'), fixtureRepo(), { charts: { podinfo: PODINFO } });
    expect(objects(changes, 'cluster/apps/shared/ingress/podinfo.yaml')[0].spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'podinfo', port: { number: 9898 } },
    });
    expect(objects(changes, 'cluster/apps/media/podinfo/values.yaml')[0]).toEqual({
      image: { repository: 'ghcr.io/stefanprodan/podinfo', tag: '6.14.1' },
    });
  });

  it('flux-app-template: the HTTPRoute routes to the chart Service', () => {
    const repo = readTreeSync(path.join(__dirname, '../profiles/fluxAppTemplate/__fixtures__/repo'));
    const changes = renderChangeSet(createProfile(FLUX_APP_TEMPLATE), podinfoRequest(), repo, { charts: { podinfo: PODINFO } });
    const route = changes.files.find(f => f.path.endsWith('httproute.yaml'))!;
    expect(parse(route.content).spec.rules).toEqual([
      { matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'podinfo', port: 9898 }] },
    ]);
    const release = changes.files.find(f => f.path.endsWith('helmrelease.yaml'))!;
    expect(parse(release.content).spec.values).toEqual({ image: { repository: 'ghcr.io/stefanprodan/podinfo', tag: '6.14.1' } });
  });
});

describe('chartsToRead', () => {
  it('names the Helm apps whose specs leave something to the chart', () => {
    const specs = parseSpecs(`
- { kind: app, name: a, source: { type: helm, repository: { type: helm, url: https://charts.example.com }, chart: a, version: 1.0.0 } }
- { kind: http, app: a }
- { kind: app, name: b, source: { type: helm, repository: { type: oci, url: oci://ghcr.io/org }, chart: b, version: 1.0.0 } }
- { kind: http, app: b, service: b-web, port: 8080 }
- { kind: app, name: c, source: { type: helm, repository: { type: git, url: https://git.example.com/c.git }, chart: ./chart, version: v1.0.0 } }
- { kind: http, app: c }
- { kind: app, name: d, source: { type: helm, repository: { type: oci, url: oci://ghcr.io/org }, chart: d, version: 1.0.0, images: [{ repository: ghcr.io/org/d, tag: 1.0.0 }] } }
- { kind: app, name: e, source: { type: helm, repository: { type: oci, url: oci://ghcr.io/org }, chart: e, version: 1.0.0 } }
- { kind: secret, app: e, name: e-env, path: e/env, keys: [token] }
`);
    expect(chartsToRead(specs).map(c => c.app)).toEqual(['a', 'd', 'e']);
  });
});
