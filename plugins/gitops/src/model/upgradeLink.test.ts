import { upgradeLink } from './upgradeLink';

const drifting = {
  container: 'teamspeak',
  image: 'teamspeak:3.13.6',
  repository: 'teamspeak',
  tag: '3.13.6',
  gitTag: '3.13.7',
  drift: 'drift' as const,
};

const formDataOf = (href: string) => JSON.parse(new URL(href, 'http://portal').searchParams.get('formData')!);

describe('upgradeLink', () => {
  it('opens the upgrade template with the service and the running tag', () => {
    const href = upgradeLink('component:default/teamspeak', drifting)!;
    expect(href.startsWith('/create/templates/default/gitops-upgrade?formData=')).toBe(true);
    expect(formDataOf(href)).toEqual({ app: 'component:default/teamspeak', tag: '3.13.6' });
  });

  it('names the workload and the image when the service runs several', () => {
    const href = upgradeLink('component:default/llama', { ...drifting, repository: 'caddy', tag: '2.11.5-alpine' }, { workload: 'llama-proxy', several: true })!;
    expect(formDataOf(href)).toEqual({
      app: 'component:default/llama',
      tag: '2.11.5-alpine',
      imageRepository: 'caddy',
      workload: 'llama-proxy',
    });
  });

  it('offers nothing without drift or without a running tag', () => {
    expect(upgradeLink('component:default/teamspeak', { ...drifting, drift: 'same' })).toBeUndefined();
    expect(upgradeLink('component:default/teamspeak', { ...drifting, tag: undefined })).toBeUndefined();
  });
});
