import { lintRepository } from './lintRepository';
import { lintRules } from './registry';
import { demo, edit } from './testing';

describe('lintRepository', () => {
  const tree = edit(edit(demo(), 'apps/mealie/deployment.yaml', ['mealie:v3.16.0', 'mealie:latest']), 'apps/podinfo/release.yaml', [
    ' # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
    '',
  ]);

  it('reports each finding with rule, severity, file, line, message, fix and app, sorted by file and line', () => {
    expect(lintRepository(tree, { profile: 'flux-lvm-openbao' })).toEqual([
      {
        ruleId: 'flux-lvm-openbao/mutable-tag',
        severity: 'error',
        file: 'apps/mealie/deployment.yaml',
        line: 26,
        message: "Image ghcr.io/mealie-recipes/mealie:latest of container mealie (Deployment mealie): tag 'latest' is mutable: pin an exact version",
        fix: 'Pin the full version the image publishes (such as 1.2.3), or as a last resort its digest.',
        app: 'mealie',
      },
      expect.objectContaining({ ruleId: 'flux-lvm-openbao/renovate-comment', severity: 'warning', file: 'apps/podinfo/release.yaml', line: 47, app: 'podinfo' }),
    ]);
  });

  it('lets a team switch rules off or re-level them, by id or by convention id', () => {
    const levels = (rules: Record<string, 'off' | 'error' | 'warning' | 'info'>) =>
      lintRepository(tree, { profile: 'flux-lvm-openbao', rules }).map(f => `${f.ruleId} ${f.severity}`);
    expect(levels({ 'flux-lvm-openbao/mutable-tag': 'warning', L07: 'off' })).toEqual(['flux-lvm-openbao/mutable-tag warning']);
    expect(levels({ 'flux-lvm-openbao/renovate-comment': 'error' })).toEqual(['flux-lvm-openbao/mutable-tag error', 'flux-lvm-openbao/renovate-comment error']);
  });

  it('refuses unknown profiles, rules and levels', () => {
    expect(() => lintRepository(tree, { profile: 'nope' })).toThrow("Unknown profile 'nope'; known profiles: flux-lvm-openbao, argocd-ceph-eso, flux-app-chart");
    expect(() => lintRepository(tree, { profile: 'flux-lvm-openbao', rules: { 'flux-lvm-openbao/typo': 'off' } })).toThrow("Unknown lint rule 'flux-lvm-openbao/typo'");
    expect(() => lintRepository(tree, { profile: 'flux-lvm-openbao', rules: { L06: 'fatal' as 'error' } })).toThrow("Rule 'L06' has level 'fatal'");
  });

  it('applies the profile options', () => {
    expect(() => lintRepository(tree, { profile: 'flux-lvm-openbao', profileOptions: { domain: 7 } })).toThrow(/Expected string/);
  });

  it('documents every rule: id, severity, title, description, source and citation', () => {
    const rules = lintRules();
    expect(new Set(rules.map(r => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^(homeport|flux-lvm-openbao|argocd-ceph-eso|flux-app-chart|flux-helm)\/[a-z0-9-]+$/);
      expect(r.title.length && r.description.length && r.citation.length).toBeTruthy();
      expect(r.source).toMatch(/^(generic|profile|L\d\d(\/L\d\d)*)$/);
    }
    const seed000 = new Set(lintRules('flux-lvm-openbao').flatMap(r => r.source.split('/')));
    for (let i = 1; i <= 21; i++) expect(seed000).toContain(`L${String(i).padStart(2, '0')}`);
  });
});
