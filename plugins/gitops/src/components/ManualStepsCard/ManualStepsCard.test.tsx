import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import type { StepsResponse } from '@homeport/plugin-gitops-common';
import { GitopsBackendApi, gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import { demoManualSteps, mealieEntity, podinfoEntity, withAnnotations } from '../../fixtures';
import { ManualStepsCard } from './ManualStepsCard';

const mealie = withAnnotations(mealieEntity, {
  'homeport.dev/manual-steps': JSON.stringify(demoManualSteps.mealie),
});

function render(entity = mealie, checkSteps: GitopsBackendApi['checkSteps']) {
  const api: Partial<GitopsBackendApi> = { checkSteps };
  return renderInTestApp(<ManualStepsCard entity={entity} />, {
    apis: [[gitopsBackendApiRef, api as GitopsBackendApi]],
  });
}

const items = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map(li => li.textContent);

describe('ManualStepsCard', () => {
  it("shows mealie's owed and done steps with how to check each, what the backend found, and a mark-done link", async () => {
    const asked: string[] = [];
    const answer: StepsResponse = {
      entityRef: 'component:default/mealie',
      items: [
        { id: 'oidc:mealie', status: 'done', source: 'git', evidence: 'Marked done by user:default/guest on 2026-11-02: Sign-in tested with the household account.' },
        { id: 'secret:secret/authentik/mealie', status: 'done', source: 'cluster', evidence: 'Secret mealie/mealie-authentik holds client_id, client_secret (cluster kube-stub)' },
        { id: 'dns:mealie.lumpiasty.xyz', status: 'owed', source: 'dns', evidence: 'mealie.lumpiasty.xyz does not resolve (ENOTFOUND)' },
      ],
    };
    await render(mealie, async ref => {
      asked.push(ref);
      return answer;
    });
    expect(await screen.findByText('1 owed, 2 done')).toBeInTheDocument();
    expect(asked).toEqual(['component:default/mealie']);
    expect(items('Owed steps')).toEqual([
      'Owed Create the DNS name mealie.lumpiasty.xyz (operator)' +
        'Point mealie.lumpiasty.xyz at the ingress controller; cert-manager issues its certificate once the name resolves.' +
        'How to check: mealie.lumpiasty.xyz resolves (Homeport asks the resolver).' +
        'Found (DNS): mealie.lumpiasty.xyz does not resolve (ENOTFOUND)' +
        'Mark done (dns:mealie.lumpiasty.xyz)',
    ]);
    expect(items('Done steps')).toEqual([
      [
        'Done Create the mealie application in Authentik (operator)',
        demoManualSteps.mealie[0].detail,
        'How to check: Signing in to mealie through Authentik works.',
        'Found (git): Marked done by user:default/guest on 2026-11-02: Sign-in tested with the household account.',
      ].join(''),
      [
        'Done Write the secret values at secret/authentik/mealie (operator)',
        demoManualSteps.mealie[1].detail,
        'How to check: Secret mealie/mealie-authentik holds client_id, client_secret (Homeport checks the cluster).',
        'Found (cluster): Secret mealie/mealie-authentik holds client_id, client_secret (cluster kube-stub)',
      ].join(''),
    ]);
    const link = within(screen.getByRole('list', { name: 'Owed steps' })).getByRole('link', { name: 'Mark done' });
    const formData = new URL(link.getAttribute('href')!, 'http://x').searchParams.get('formData');
    expect(link.getAttribute('href')).toMatch(/^\/create\/templates\/default\/gitops-steps-done\?/);
    expect(JSON.parse(formData!)).toEqual({ app: 'component:default/mealie', steps: ['dns:mealie.lumpiasty.xyz'] });
    expect(screen.queryByRole('link', { name: 'Mark all owed steps done' })).not.toBeInTheDocument();
  });

  it('falls back to what git says when the backend cannot check, and says so', async () => {
    await render(mealie, async () => {
      throw new Error('Request failed with 503 Service Unavailable');
    });
    expect(
      await screen.findByText(
        'Request failed with 503 Service Unavailable. Only the steps marked done in git show as done.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('2 owed, 1 done')).toBeInTheDocument();
    expect(items('Owed steps').map(t => t!.split(' (operator)')[0])).toEqual([
      'Unknown Write the secret values at secret/authentik/mealie',
      'Unknown Create the DNS name mealie.lumpiasty.xyz',
    ]);
    const all = screen.getByRole('link', { name: 'Mark all owed steps done' });
    expect(JSON.parse(new URL(all.getAttribute('href')!, 'http://x').searchParams.get('formData')!).steps).toEqual([
      'secret:secret/authentik/mealie',
      'dns:mealie.lumpiasty.xyz',
    ]);
  });

  it('says when the repository records no steps, without asking the backend', async () => {
    const checkSteps = jest.fn();
    await render(podinfoEntity, checkSteps);
    expect(screen.getByText('The repository records no manual steps for this service.')).toBeInTheDocument();
    expect(checkSteps).not.toHaveBeenCalled();
  });

  it('says when the recorded steps cannot be read', async () => {
    await render(withAnnotations(podinfoEntity, { 'homeport.dev/manual-steps': '{' }), jest.fn());
    expect(screen.getByText('Warning: The recorded steps could not be read')).toBeInTheDocument();
  });
});
