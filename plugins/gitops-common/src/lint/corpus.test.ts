import { corpusDir } from '../testUtils/paths';
import { readTreeSync } from '../testUtils/readTreeSync';
import { lintRepository } from './lintRepository';
import { Finding } from './types';

const brief = (f: Finding) => `${f.file}:${f.line} ${f.ruleId}`;
const find = (findings: Finding[], file: string, ruleId: string) => findings.filter(f => f.file === file && f.ruleId === ruleId);

/**
 * The klaster extract (seed 000's repository, rebuilt from several commits; see
 * corpus/README.md). Every finding below was checked by hand against the files: most of
 * the missing-resource and namespace findings come from files the extract lacks (every
 * namespace.yaml, most postgres-volume.yaml, vault/, the Makefile, part of infra/).
 */
describe('lint of Lumpiasty/klaster (flux-lvm-openbao)', () => {
  const findings = lintRepository(readTreeSync(corpusDir('Lumpiasty__klaster')), { profile: 'flux-lvm-openbao' });

  it('finds the latest tags of crawl4ai, not kokoro\'s digest-pinned one', () => {
    expect(find(findings, 'apps/crawl4ai/deployment.yaml', 'flux-lvm-openbao/mutable-tag')).toMatchObject([
      { line: 18, severity: 'error', message: "Image unclecode/crawl4ai:latest of container crawl4ai (Deployment crawl4ai): tag 'latest' is mutable: pin an exact version", app: 'crawl4ai' },
    ]);
    expect(find(findings, 'apps/crawl4ai-proxy/deployment.yaml', 'flux-lvm-openbao/mutable-tag')).toMatchObject([{ line: 18 }]);
    // latest@sha256:… is pinned by its digest: the image cannot change.
    expect(find(findings, 'apps/llama/kokoro.yaml', 'flux-lvm-openbao/mutable-tag')).toEqual([]);
  });

  it('finds the unlisted kokoro PVC and the stray immich Ingress', () => {
    expect(find(findings, 'apps/llama/pvc-kokoro-ssd.yaml', 'flux-lvm-openbao/unlisted-file')).toMatchObject([
      { line: 1, message: 'apps/llama/pvc-kokoro-ssd.yaml is not listed in apps/llama/kustomization.yaml: it is never applied' },
    ]);
    expect(find(findings, 'apps/immich/ingress.yaml', 'flux-lvm-openbao/unlisted-file')).toHaveLength(1);
  });

  it('finds the undefined llama-openrouter secret', () => {
    expect(find(findings, 'apps/llama/deployment.yaml', 'homeport/undefined-secret')).toMatchObject([
      { line: 36, message: 'Secret llama/llama-openrouter is referenced by Deployment llama-swap but defined nowhere in the repository' },
    ]);
  });

  it('finds the chart-bundled PVCs of gitea and frigate', () => {
    expect(find(findings, 'apps/gitea/release.yaml', 'flux-lvm-openbao/bundled-pvc').map(f => [f.line, f.message])).toEqual([
      [46, 'values.valkey.primary.persistence of HelmRelease gitea lets the chart create its own PVC on mayastor-single-hdd'],
      [53, 'values.persistence of HelmRelease gitea lets the chart create its own PVC on mayastor-single-hdd'],
    ]);
    expect(find(findings, 'apps/frigate/release.yaml', 'flux-lvm-openbao/bundled-pvc').map(f => [f.line, f.message])).toEqual([
      [135, 'values.persistence.media of HelmRelease frigate lets the chart create its own PVC on mayastor-single-hdd'],
      [140, 'values.persistence.config of HelmRelease frigate lets the chart create its own PVC on mayastor-single-hdd'],
    ]);
  });

  it('finds the unregistered kaneo app and the privileged llama pod without a Makefile applying its patch', () => {
    expect(find(findings, 'apps/kaneo/kustomization.yaml', 'flux-lvm-openbao/unregistered-app')).toHaveLength(1);
    expect(find(findings, 'apps/llama/deployment.yaml', 'flux-lvm-openbao/privileged-namespace')).toMatchObject([
      { line: 48, message: expect.stringContaining('talos/patches/llama.patch exempts the namespace, but there is no Makefile to apply it') },
    ]);
  });

  it('yields exactly these findings, all reviewed', () => {
    expect(findings.map(brief)).toEqual([
      'apps/authentik/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/authentik/kustomization.yaml:4 homeport/missing-resource',
      'apps/authentik/kustomization.yaml:5 homeport/missing-resource',
      'apps/authentik/postgres-cluster.yaml:19 flux-lvm-openbao/cnpg-storage-class',
      'apps/authentik/postgres-cluster.yaml:23 flux-lvm-openbao/cnpg-volume',
      'apps/authentik/release.yaml:54 flux-lvm-openbao/ingress-edit-in-place',
      'apps/authentik/secret.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/crawl4ai-proxy/deployment.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/crawl4ai-proxy/deployment.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/crawl4ai-proxy/deployment.yaml:18 flux-lvm-openbao/mutable-tag',
      'apps/crawl4ai/deployment.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/crawl4ai/deployment.yaml:18 flux-lvm-openbao/mutable-tag',
      'apps/crawl4ai/secret.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/frigate/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/frigate/kustomization.yaml:4 homeport/missing-resource',
      'apps/frigate/release.yaml:135 flux-lvm-openbao/bundled-pvc',
      'apps/frigate/release.yaml:140 flux-lvm-openbao/bundled-pvc',
      'apps/frigate/release.yaml:151 flux-lvm-openbao/ingress-edit-in-place',
      'apps/frigate/secret.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/frigate/webrtc-svc.yaml:7 flux-lvm-openbao/loadbalancer-policy',
      'apps/frigate/webrtc-svc.yaml:11 flux-lvm-openbao/loadbalancer-policy',
      'apps/gitea/backups.yaml:10 homeport/undefined-secret',
      'apps/gitea/backups.yaml:16 homeport/undefined-secret',
      'apps/gitea/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/gitea/kustomization.yaml:4 homeport/missing-resource',
      'apps/gitea/postgres-cluster.yaml:10 flux-lvm-openbao/cnpg-volume',
      'apps/gitea/postgres-cluster.yaml:12 flux-lvm-openbao/cnpg-storage-class',
      'apps/gitea/release.yaml:46 flux-lvm-openbao/bundled-pvc',
      'apps/gitea/release.yaml:53 flux-lvm-openbao/bundled-pvc',
      'apps/gitea/release.yaml:87 flux-lvm-openbao/loadbalancer-policy',
      'apps/gitea/release.yaml:88 flux-lvm-openbao/loadbalancer-policy',
      'apps/gitea/valkey-volume.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/immich/ingress.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/immich/ingress.yaml:7 flux-lvm-openbao/ingress-edit-in-place',
      'apps/immich/ingress.yaml:11 flux-lvm-openbao/ingress',
      'apps/immich/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/immich/kustomization.yaml:4 homeport/missing-resource',
      'apps/immich/postgres-cluster.yaml:15 flux-lvm-openbao/cnpg-storage-class',
      'apps/immich/postgres-password.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/immich/postgres-volume.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/immich/redis.yaml:32 homeport/undefined-secret',
      'apps/immich/release.yaml:40 homeport/undefined-secret',
      'apps/immich/release.yaml:58 flux-lvm-openbao/ingress-edit-in-place',
      'apps/immich/valkey-volume.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/immich/volume.yaml:7 flux-lvm-openbao/pvc-volume-name',
      'apps/ispeak3/pvc.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/ispeak3/pvc.yaml:25 flux-lvm-openbao/lvm-volume-match',
      'apps/ispeak3/pvc.yaml:26 flux-lvm-openbao/lvm-volume-match',
      'apps/kaneo/app-secret.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/kaneo/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/kaneo/kustomization.yaml:1 flux-lvm-openbao/unregistered-app',
      'apps/kaneo/kustomization.yaml:4 homeport/missing-resource',
      'apps/kaneo/kustomization.yaml:6 homeport/missing-resource',
      'apps/kaneo/oauth-secret.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/kaneo/postgres-cluster.yaml:16 flux-lvm-openbao/cnpg-volume',
      'apps/kaneo/release.yaml:35 flux-lvm-openbao/ingress-edit-in-place',
      'apps/kustomization.yaml:4 homeport/missing-resource',
      'apps/kustomization.yaml:5 homeport/missing-resource',
      'apps/kustomization.yaml:11 homeport/missing-resource',
      'apps/kustomization.yaml:12 homeport/missing-resource',
      'apps/kustomization.yaml:15 homeport/missing-resource',
      'apps/llama/deployment.yaml:36 homeport/undefined-secret',
      'apps/llama/deployment.yaml:48 flux-lvm-openbao/privileged-namespace',
      'apps/llama/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/llama/kustomization.yaml:4 homeport/missing-resource',
      'apps/llama/kustomization.yaml:15 homeport/missing-resource',
      'apps/llama/pvc-kokoro-ssd.yaml:1 flux-lvm-openbao/unlisted-file',
      'apps/llama/secret.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/meridian/deployment.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/meridian/deployment.yaml:36 homeport/undefined-claim',
      'apps/nas/deployment.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/nas/deployment.yaml:65 homeport/undefined-claim',
      'apps/nas/pvc.yaml:6 flux-lvm-openbao/pvc-volume-name',
      'apps/openwebui/ingress.yaml:23 flux-lvm-openbao/ingress-edit-in-place',
      'apps/openwebui/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/openwebui/kustomization.yaml:4 homeport/missing-resource',
      'apps/openwebui/secret.yaml:17 flux-lvm-openbao/vso-chain',
      'apps/woodpecker/kustomization.yaml:1 flux-lvm-openbao/namespace-per-app',
      'apps/woodpecker/kustomization.yaml:4 homeport/missing-resource',
      'apps/woodpecker/kustomization.yaml:5 homeport/missing-resource',
      'apps/woodpecker/postgres-cluster.yaml:23 flux-lvm-openbao/cnpg-volume',
      'apps/woodpecker/secret.yaml:17 flux-lvm-openbao/vso-chain',
      'infra/controllers/nginx-ingress.yaml:52 flux-lvm-openbao/loadbalancer-policy',
      'infra/controllers/nginx-ingress.yaml:53 flux-lvm-openbao/loadbalancer-policy',
      'infra/kustomization.yaml:4 homeport/missing-resource',
      'infra/kustomization.yaml:5 homeport/missing-resource',
      'infra/kustomization.yaml:7 homeport/missing-resource',
      'infra/kustomization.yaml:8 homeport/missing-resource',
      'infra/kustomization.yaml:9 homeport/missing-resource',
      'infra/kustomization.yaml:11 homeport/missing-resource',
      'infra/kustomization.yaml:12 homeport/missing-resource',
      'infra/kustomization.yaml:14 homeport/missing-resource',
      'infra/kustomization.yaml:16 homeport/missing-resource',
      'infra/kustomization.yaml:17 homeport/missing-resource',
      'infra/kustomization.yaml:18 homeport/missing-resource',
      'infra/kustomization.yaml:19 homeport/missing-resource',
      'infra/kustomization.yaml:20 homeport/missing-resource',
      'infra/kustomization.yaml:22 homeport/missing-resource',
      'infra/kustomization.yaml:23 homeport/missing-resource',
      'infra/kustomization.yaml:25 homeport/missing-resource',
      'infra/kustomization.yaml:26 homeport/missing-resource',
    ]);
    expect(findings.filter(f => f.severity === 'error')).toHaveLength(86);
  });
});

describe('lint of public-transport/infrastructure (flux-app-chart)', () => {
  const findings = lintRepository(readTreeSync(corpusDir('public-transport__infrastructure')), { profile: 'flux-app-chart' });

  it('finds the plaintext redis password, and gotk-components.yaml that the extract left out', () => {
    expect(findings.map(brief)).toEqual([
      'kubernetes/clusters/tilia/flux-system/kustomization.yaml:4 homeport/missing-resource',
      'kubernetes/infrastructure/redis/release.yaml:21 homeport/secret-in-values',
    ]);
  });
});

describe('lint of rrumana/k8s-homelab-2 (argocd-ceph-eso)', () => {
  const findings = lintRepository(readTreeSync(corpusDir('rrumana__k8s-homelab-2')), { profile: 'argocd-ceph-eso' });

  // The gluetun pods of media/arr* are not meshed: Linkerd injects only pods (or namespaces)
  // annotated linkerd.io/inject: enabled, and neither the pods nor namespace media are.
  it('finds a namespace outside the central folder and cnpg-1.27.1.yaml that the extract left out, not the unmeshed gluetun pods', () => {
    expect(findings.filter(f => f.severity === 'error').map(brief)).toEqual([
      'cluster/bootstrap/argocd/namespace.yaml:4 argocd-ceph-eso/central-namespace',
      'cluster/platform/base/data/data-operators/postgres-operator/kustomization.yaml:5 homeport/missing-resource',
      'cluster/platform/base/namespaces/platform.yaml:4 homeport/duplicate-object',
    ]);
  });

  it('warns about mutable tags (portfolio:latest), privileged pods (not kube-system\'s egress shaper) and unlabelled namespaces', () => {
    const count = (ruleId: string) => findings.filter(f => f.ruleId === ruleId).length;
    expect([count('argocd-ceph-eso/mutable-tag'), count('argocd-ceph-eso/privileged-pod'), count('argocd-ceph-eso/namespace-labels')]).toEqual([12, 9, 17]);
    expect(find(findings, 'cluster/platform/base/networking/egress-qos/daemonset.yaml', 'argocd-ceph-eso/privileged-pod')).toEqual([]);
    expect(find(findings, 'cluster/apps/web/portfolio/prod/deployment.yaml', 'argocd-ceph-eso/mutable-tag')).toHaveLength(1);
  });
});

describe('lint of the other corpus repositories', () => {
  it.each(['onedr0p__home-ops', 'billimek__k8s-gitops'])('%s parses and lints without throwing', name => {
    const findings = lintRepository(readTreeSync(corpusDir(name)), { profile: 'flux-lvm-openbao' });
    expect(findings.filter(f => f.ruleId === 'homeport/yaml-syntax')).toEqual([]);
  });
});
