import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import {
  mealieEntity,
  podinfoEntity,
  withAnnotations,
} from '../../fixtures';
import { DefinedInGitCard } from './DefinedInGitCard';

describe('DefinedInGitCard', () => {
  it('lists the files of mealie with links into the forge', async () => {
    await renderInTestApp(<DefinedInGitCard entity={mealieEntity} />);
    const files = screen.getByRole('list', { name: 'Files' });
    const links = within(files).getAllByRole('link');
    expect(links).toHaveLength(10);
    expect(links[1]).toHaveTextContent('apps/mealie/deployment.yaml');
    expect(links[1]).toHaveAttribute(
      'href',
      'https://git.lumpiasty.xyz/homelab/gitops/src/branch/main/apps/mealie/deployment.yaml',
    );
    expect(screen.getByText('Repository demo')).toBeInTheDocument();
    expect(screen.getByText('4f2c9a1e7b3d')).toBeInTheDocument();
    expect(
      screen.getByText(
        "No lint findings: the service follows the repository's rules.",
      ),
    ).toBeInTheDocument();
  });

  it('shows lint findings with their file and line linked, and the fix', async () => {
    const findings = [
      {
        ruleId: 'flux-lvm-openbao/renovate-comment',
        severity: 'warning',
        message: 'The image tag in Helm values has no renovate comment',
        file: 'apps/podinfo/release.yaml',
        line: 41,
        fix: 'Add # renovate: depName=ghcr.io/stefanprodan/podinfo registryUrl=https://ghcr.io',
        app: 'podinfo',
      },
      {
        ruleId: 'flux-lvm-openbao/unlisted-file',
        severity: 'error',
        message: 'ingress.yaml is not listed in kustomization.yaml',
        file: 'apps/podinfo/kustomization.yaml',
        line: 1,
        fix: 'List ingress.yaml under resources',
      },
    ];
    await renderInTestApp(
      <DefinedInGitCard
        entity={withAnnotations(podinfoEntity, {
          'homeport.dev/findings': JSON.stringify(findings),
        })}
      />,
    );
    expect(screen.getByText('Lint findings (2, 1 errors)')).toBeInTheDocument();
    const items = within(
      screen.getByRole('list', { name: 'Lint findings' }),
    ).getAllByRole('listitem');
    expect(
      within(items[0]).getByRole('link', {
        name: /^apps\/podinfo\/release.yaml:41/,
      }),
    ).toHaveAttribute(
      'href',
      'https://git.lumpiasty.xyz/homelab/gitops/src/branch/main/apps/podinfo/release.yaml#L41',
    );
    expect(items[0]).toHaveTextContent(
      'The image tag in Helm values has no renovate comment',
    );
    expect(items[0]).toHaveTextContent(
      'Fix: Add # renovate: depName=ghcr.io/stefanprodan/podinfo',
    );
    expect(items[1]).toHaveTextContent('error');
  });

  it('lists files without links for a repository on the backend host', async () => {
    await renderInTestApp(
      <DefinedInGitCard
        entity={withAnnotations(podinfoEntity, {
          'backstage.io/source-location':
            'file:/srv/homeport/cache/demo/apps/podinfo/',
        })}
      />,
    );
    expect(
      within(screen.getByRole('list', { name: 'Files' })).queryAllByRole(
        'link',
      ),
    ).toEqual([]);
    expect(screen.getByText('apps/podinfo/release.yaml')).toBeInTheDocument();
  });

  it('says what it could not read', async () => {
    await renderInTestApp(
      <DefinedInGitCard
        entity={withAnnotations(podinfoEntity, {
          'homeport.dev/files': 'not json',
        })}
      />,
    );
    expect(
      screen.getByText('Warning: Some annotations could not be read'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The catalog lists no file for this service.'),
    ).toBeInTheDocument();
  });
});
