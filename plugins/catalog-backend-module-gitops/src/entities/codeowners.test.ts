import { MapFileTree } from '@homeport/plugin-gitops-common';
import {
  codeOwnerOf,
  codeOwnersOf,
  ownerToEntityRef,
  parseCodeOwners,
} from './codeowners';

describe('CODEOWNERS', () => {
  const rules = parseCodeOwners(`# comment
*                       @homelab/platform
/apps/kustomization.yaml @homelab/platform
/apps/mealie/           @homelab/home   # trailing comment
apps/llama              @homelab/ai @homelab/platform
docs/                   @writer
**/media/**             someone@example.com @homelab/media
/apps/orphan/
[Section]
!negated                @nobody
`);

  it('parses patterns and owners, skipping comments, sections and negations', () => {
    expect(rules.map(r => [r.pattern, r.owners, r.line])).toEqual([
      ['*', ['@homelab/platform'], 2],
      ['/apps/kustomization.yaml', ['@homelab/platform'], 3],
      ['/apps/mealie/', ['@homelab/home'], 4],
      ['apps/llama', ['@homelab/ai', '@homelab/platform'], 5],
      ['docs/', ['@writer'], 6],
      ['**/media/**', ['someone@example.com', '@homelab/media'], 7],
      ['/apps/orphan/', [], 8],
    ]);
  });

  it('gives the first usable owner of the last matching rule', () => {
    expect(codeOwnerOf(rules, 'apps/mealie')).toBe('group:default/home');
    expect(codeOwnerOf(rules, 'apps/mealie/deployment.yaml')).toBe(
      'group:default/home',
    );
    expect(codeOwnerOf(rules, 'apps/mealie-two')).toBe(
      'group:default/platform',
    );
    expect(codeOwnerOf(rules, 'apps/llama')).toBe('group:default/ai');
    expect(codeOwnerOf(rules, 'cluster/apps/llama')).toBe(
      'group:default/platform',
    ); // anchored: a slash inside
    expect(codeOwnerOf(rules, 'apps/podinfo/docs')).toBe('user:default/writer'); // unanchored folder pattern
    expect(codeOwnerOf(rules, 'cluster/apps/media/jellyfin')).toBe(
      'group:default/media',
    ); // email skipped
    expect(codeOwnerOf(rules, 'apps/orphan')).toBeUndefined(); // last match names no owner
    expect(codeOwnerOf([], 'apps/x')).toBeUndefined();
  });

  it('maps owners to entity references', () => {
    expect(ownerToEntityRef('@org/team-a')).toBe('group:default/team-a');
    expect(ownerToEntityRef('@octocat')).toBe('user:default/octocat');
    expect(ownerToEntityRef('a@b.c')).toBeUndefined();
  });

  it('finds the file where the forges look, in their order', () => {
    const tree = new MapFileTree({
      CODEOWNERS: '* @o/root',
      '.github/CODEOWNERS': '* @o/github',
    });
    expect(codeOwnerOf(codeOwnersOf(tree), 'x')).toBe('group:default/github');
    expect(
      codeOwnerOf(
        codeOwnersOf(new MapFileTree({ 'docs/CODEOWNERS': '* @o/docs' })),
        'x',
      ),
    ).toBe('group:default/docs');
    expect(codeOwnersOf(new MapFileTree({}))).toEqual([]);
  });
});
