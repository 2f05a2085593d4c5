import path from 'node:path';
import { parse } from 'yaml';
import { ChangeSet } from '../../changeset/types';
import { renderChangeSet } from '../../render/renderChangeSet';
import { parseSpecs } from '../../specs';
import { createArgocdCephEsoProfile } from '.';
import { CORPUS_REQUEST } from './testing/corpusRequest';
import { CORPUS_REPO, readTree } from './testing/readTree';

/**
 * Renders into a copy of the seed's own repository (rrumana/k8s-homelab-2 in the corpus):
 * the files must land where the repository keeps its own apps' files, and the shared files
 * it edits must keep everything they had.
 */
const corpus = readTree(CORPUS_REPO);
const profile = createArgocdCephEsoProfile();


function paths(changeSet: ChangeSet, action: 'add' | 'modify') {
  return changeSet.files.filter(f => f.action === action).map(f => f.path);
}

describe('argocd-ceph-eso against rrumana/k8s-homelab-2', () => {
  let changeSet: ChangeSet;
  beforeAll(() => {
    changeSet = renderChangeSet(profile, parseSpecs(CORPUS_REQUEST), corpus);
  });

  it('reads the corpus', () => {
    expect(corpus.exists('cluster/apps/productivity/vaultwarden/kustomization.yaml')).toBe(true);
  });

  it('adds exactly these files', () => {
    expect(paths(changeSet, 'add')).toEqual([
      '.homeport/steps/recipes.yaml',
      'cluster/apps/ai/whisper/catalog-info.yaml',
      'cluster/apps/ai/whisper/deployment.yaml',
      'cluster/apps/ai/whisper/kustomization.yaml',
      'cluster/apps/ai/whisper/pvc-models.yaml',
      'cluster/apps/ai/whisper/service.yaml',
      'cluster/apps/ai/whisper/serviceaccount.yaml',
      'cluster/apps/ai/whisper/vpa.yaml',
      'cluster/apps/productivity/recipes/catalog-info.yaml',
      'cluster/apps/productivity/recipes/deployment.yaml',
      'cluster/apps/productivity/recipes/externalsecret-db.yaml',
      'cluster/apps/productivity/recipes/externalsecret-recipes-oidc.yaml',
      'cluster/apps/productivity/recipes/kustomization.yaml',
      'cluster/apps/productivity/recipes/pvc-data.yaml',
      'cluster/apps/productivity/recipes/service.yaml',
      'cluster/apps/productivity/recipes/serviceaccount.yaml',
      'cluster/apps/productivity/recipes/vpa.yaml',
      'cluster/apps/shared/ingress/recipes.yaml',
      'cluster/platform/base/data/data-definitions/postgres/pg-productivity/database-recipes.yaml',
      'cluster/platform/base/data/data-definitions/postgres/pg-productivity/externalsecret-recipes.yaml',
      'cluster/platform/gitops/argocd/apps/recipes-app.yaml',
      'cluster/platform/gitops/argocd/apps/whisper-app.yaml',
    ]);
  });

  it('modifies exactly these files', () => {
    expect(paths(changeSet, 'modify')).toEqual([
      'cluster/apps/shared/ingress/kustomization.yaml',
      'cluster/platform/base/data/data-definitions/postgres/pg-productivity/cluster.yaml',
      'cluster/platform/base/data/data-definitions/postgres/pg-productivity/kustomization.yaml',
      'cluster/platform/gitops/argocd/apps/kustomization.yaml',
    ]);
  });

  it("puts every file where the corpus keeps its own apps' files", () => {
    // The corpus's own counterpart of each new file: vaultwarden (productivity, Postgres,
    // ingress) and llama-backend (ai, GPU, CephFS claim).
    const counterpart = (p: string) =>
      p
        .replace('/productivity/recipes/', '/productivity/vaultwarden/')
        .replace('/ai/whisper/', '/ai/llama-backend/')
        .replace('/ingress/recipes.yaml', '/ingress/vaultwarden.yaml')
        .replace('/recipes-app.yaml', '/vaultwarden-app.yaml')
        .replace('/whisper-app.yaml', '/llama-backend-app.yaml');
    // Homeport's steps files are its own record, which the corpus has no counterpart of.
    for (const added of paths(changeSet, 'add').filter(p => !p.startsWith('.homeport/'))) {
      const theirs = counterpart(added);
      const folder = path.posix.dirname(theirs);
      const name = path.posix.basename(theirs);
      // The folder exists in the corpus, and holds a file of the same kind (same name, or
      // the same `pvc`/`externalsecret` prefix), except for what the corpus lacks entirely.
      expect({ added, folderExists: corpus.exists(folder) }).toEqual({ added, folderExists: true });
      if (name === 'catalog-info.yaml' || name.startsWith('database-')) continue;
      const kind = name.replace(/[-.].*$/, '');
      const siblings = corpus.paths().filter(p => path.posix.dirname(p) === folder).map(p => path.posix.basename(p));
      const twin = siblings.some(
        s => s === name || s === `${kind}.yaml` || s.startsWith(`${kind}-`) || s.endsWith(`-${name}`),
      );
      expect({ added, twin }).toEqual({
added, twin: true });
    }
  });

  it("writes each Application as the corpus's, pointing at the app folder and its domain", () => {
    const file = (p: string) => changeSet.files.find(f => f.path === p)!.content;
    const ours = parse(file('cluster/platform/gitops/argocd/apps/recipes-app.yaml'));
    const theirs = parse(corpus.read('cluster/platform/gitops/argocd/apps/vaultwarden-app.yaml')!);
    theirs.metadata.name = 'recipes';
    theirs.metadata.labels = { 'backstage.io/kubernetes-id': 'recipes' };
    theirs.spec.source.path = 'cluster/apps/productivity/recipes';
    expect(ours).toEqual(theirs);
    const kustomization = parse(file('cluster/apps/productivity/recipes/kustomization.yaml'));
    expect(kustomization.namespace).toBe(ours.spec.destination.namespace);
    const gpu = parse(file('cluster/platform/gitops/argocd/apps/whisper-app.yaml'));
    expect(gpu.spec.source.path).toBe('cluster/apps/ai/whisper');
    expect(gpu.spec.destination.namespace).toBe('ai');
  });

  it('keeps every line and comment of the files it edits, adding only its entries', () => {
    const added: Record<string, string[]> = {};
    for (const file of changeSet.files.filter(f => f.action === 'modify')) {
      const before = file.previous!.split('\n');
      const after = file.content.split('\n');
      let i = 0;
      const extra: string[] = [];
      for (const line of after) {
        if (line === before[i]) i++;
        else extra.push(line);
      }
      expect({ file: file.path, kept: i }).toEqual({ file: file.path, kept: before.length });
      expect(after.filter(l => l.trim().startsWith('#'))).toEqual(before.filter(l => l.trim().startsWith('#')));
      added[file.path] = extra;
    }
    expect(added).toEqual({
      'cluster/apps/shared/ingress/kustomization.yaml': ['  - recipes.yaml'],
      'cluster/platform/base/data/data-definitions/postgres/pg-productivity/cluster.yaml': [
        // (the blank line before the new section; the file's own last line ends it)
        '  managed:',
        '    roles:',
        '      - name: recipes',
        '        ensure: present',
        '        login: true',
        '        comment: recipes (productivity)',
        '        passwordSecret:',
        '          name: pg-productivity-recipes-role',
        '',
      ],
      'cluster/platform/base/data/data-definitions/postgres/pg-productivity/kustomization.yaml': [
        '  - database-recipes.yaml',
        '  - externalsecret-recipes.yaml',
      ],
      'cluster/platform/gitops/argocd/apps/kustomization.yaml': ['  - recipes-app.yaml', '  - whisper-app.yaml'],
    });
  });

  it('keeps the comments of a corpus file it edits that has some', () => {
    // The corpus's own kustomizations carry no comments; its Argo CD apps folder shows how
    // one would read with them, and the edit must not drop them.
    const file = 'cluster/platform/gitops/argocd/apps/kustomization.yaml';
    const commented = corpus.with([
      [file, corpus.read(file)!.replace('  - namespaces-app.yaml', '  # bootstrap first\n  - namespaces-app.yaml # wave -20')],
    ]);
    const result = renderChangeSet(profile, parseSpecs(CORPUS_REQUEST), commented);
    const content = result.files.find(f => f.path === file)!.content;
    expect(content).toContain('  # bootstrap first\n  - namespaces-app.yaml # wave -20\n');
    expect(content).toContain('  - pg-other-app.yaml\n  - recipes-app.yaml\n  - whisper-app.yaml\n\ncommonLabels:');
  });

  it('wires the app to its database as vaultwarden is wired', () => {
    const deployment = parse(changeSet.files.find(f => f.path.endsWith('recipes/deployment.yaml'))!.content);
    const vaultwarden = parse(corpus.read('cluster/apps/productivity/vaultwarden/deployment.yaml')!);
    const dbEnv = (d: any) => d.spec.template.spec.containers[0].env.find((e: any) => e.name === 'DATABASE_URL');
    expect(dbEnv(deployment)).toEqual({
      ...dbEnv(vaultwarden),
      valueFrom: { secretKeyRef: { name: 'recipes-db-shared', key: 'DATABASE_URL' } },
    });
    const secret = parse(changeSet.files.find(f => f.path.endsWith('recipes/externalsecret-db.yaml'))!.content);
    const theirs = parse(corpus.read('cluster/apps/productivity/vaultwarden/externalsecret.yaml')!);
    expect(secret.spec.data.map((d: any) => d.secretKey)).toEqual(theirs.spec.data.map((d: any) => d.secretKey));
    expect(secret.spec.secretStoreRef).toEqual(theirs.spec.secretStoreRef);
    expect(secret.spec.data[0].remoteRef.key).toBe('apps/productivity/recipes-db-shared');
  });

  it('gives a new LoadBalancer the first pool address the corpus does not pin', () => {
    const result = renderChangeSet(
      profile,
      parseSpecs('{ kind: tcp, app: vaultwarden, ports: [{ name: sync, port: 3012 }] }'),
      corpus,
    );
    const service = parse(result.files.find(f => f.path.endsWith('vaultwarden/service-lb.yaml'))!.content);
    // 192.168.1.230 is HAProxy's (platform/ingress/haproxy/values.yaml), .232-.235 plex, jellyfin, immich, unifi.
    expect(service.spec.loadBalancerIP).toBe('192.168.1.231');
  });

  it('connects an existing Helm app to the shared Valkey as nextcloud is', () => {
    const result = renderChangeSet(profile, parseSpecs('{ kind: redis, app: homarr }'), corpus);
    expect(paths(result, 'add')).toEqual(['.homeport/steps/homarr.yaml', 'cluster/apps/productivity/homarr/externalsecret-redis.yaml']);
    const ours = parse(result.files[1].content);
    const nextcloud = corpus
      .read('cluster/apps/productivity/nextcloud/externalsecret.yaml')!
      .split(/^---$/m)
      .map(doc => parse(doc))
      .find(doc => doc.metadata.name === 'nextcloud-redis-shared');
    expect(ours.spec.data).toEqual(nextcloud.spec.data);
    expect(ours.metadata.name).toBe('homarr-redis-shared');
  });
});
