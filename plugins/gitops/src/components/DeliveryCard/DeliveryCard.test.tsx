import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gitopsApiRef } from '../../api/GitopsApi';
import { DefaultGitopsApi } from '../../api/DefaultGitopsApi';
import {
  demoObjects,
  FixtureKubernetesApi,
  podinfoEntity,
  stateFor,
  teamspeakEntity,
  variants,
} from '../../fixtures';
import {
  parseArgoApplication,
  parseHelmRelease,
  parseKustomization,
} from '../../model/delivery';
import { ServiceState } from '../../model/types';
import { DeliveryCard } from './DeliveryCard';

const empty: ServiceState = {
  clusters: [],
  delivery: [],
  appliedBy: [],
  databases: [],
  workloads: [],
  pods: [],
  missing: [],
  issues: [],
};

function render(
  props: Partial<Parameters<typeof DeliveryCard>[0]>,
  options: { allow?: boolean; kube?: FixtureKubernetesApi } = {},
) {
  const kube = options.kube ?? new FixtureKubernetesApi();
  const api = new DefaultGitopsApi({
    kubernetesApi: kube,
    catalogApi: { getEntities: jest.fn() },
  });
  const onChanged = jest.fn();
  const alert = mockApis.alert();
  renderInTestApp(
    <DeliveryCard
      loading={false}
      kubernetesId="podinfo"
      onChanged={onChanged}
      {...props}
    />,
    {
      apis: [
        [gitopsApiRef, api],
        mockApis.permission({
          authorize: options.allow
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
        }),
        alert,
      ],
    },
  );
  return { kube, onChanged, alert };
}

describe('DeliveryCard', () => {
  it('shows loading, error and empty states', async () => {
    render({ loading: true });
    expect(
      await screen.findByLabelText('Loading Delivery'),
    ).toBeInTheDocument();
  });

  it('shows the error', async () => {
    render({ error: new Error('Request failed with 500') });
    expect(
      await screen.findByText('Error: Could not read the cluster state'),
    ).toBeInTheDocument();
    expect(screen.getByText('Request failed with 500')).toBeInTheDocument();
  });

  it('says when no delivery object carries the label', async () => {
    render({ value: empty });
    expect(await screen.findByRole('status')).toHaveTextContent(
      /carries the label backstage.io\/kubernetes-id=podinfo/,
    );
  });

  it('shows a ready Flux v2 HelmRelease, and no buttons without the proxy permission', async () => {
    render({ value: stateFor(podinfoEntity) });
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    expect(within(release).getByText('Ready')).toBeInTheDocument();
    expect(within(release).getByLabelText('Message')).toHaveTextContent(
      'Helm upgrade succeeded for release podinfo/podinfo.v3 with chart podinfo@6.9.1',
    );
    expect(within(release).getByText('podinfo@6.9.1')).toBeInTheDocument();
    expect(
      within(release).getByText(/2026-11-20 07:41 UTC/),
    ).toBeInTheDocument();
    expect(
      within(release).getByText('Flux Kustomization flux-system/apps'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Reconcile now' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByLabelText('Applied by Flux Kustomization flux-system/apps'),
    ).toHaveTextContent('which your permissions do not include');
  });

  it('shows a failing release with its message', async () => {
    render({
      value: stateFor(
        podinfoEntity,
        demoObjects({ scenarios: ['podinfo-upgrade-failed'] }),
      ),
    });
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    expect(within(release).getByText('Failing')).toBeInTheDocument();
    expect(within(release).getByLabelText('Message')).toHaveTextContent(
      /Helm upgrade failed for release podinfo\/podinfo with chart podinfo@6.9.1: cannot patch "podinfo"/,
    );
  });

  it('shows a v2beta2 HelmRelease', async () => {
    render({
      value: {
        ...empty,
        clusters: ['old'],
        delivery: [parseHelmRelease('old', variants.helmReleaseV2beta2())],
      },
    });
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    expect(within(release).getByText('podinfo@6.5.4')).toBeInTheDocument();
    expect(within(release).getByText('6.5.4')).toBeInTheDocument();
    expect(
      within(release).getByText('helm.toolkit.fluxcd.io/v2beta2'),
    ).toBeInTheDocument();
  });

  it('shows a failed Kustomization with applied and attempted revisions', async () => {
    render({
      value: {
        ...empty,
        delivery: [
          parseKustomization('kube-stub', variants.kustomizationFailed()),
        ],
      },
    });
    const ks = await screen.findByRole('article', {
      name: 'Flux Kustomization flux-system/teamspeak',
    });
    expect(within(ks).getByText('main@sha1:9d1b0c7')).toBeInTheDocument();
    expect(within(ks).getByText('main@sha1:4f2c9a1')).toBeInTheDocument();
    expect(within(ks).getByLabelText('Message')).toHaveTextContent(
      /health check failed/,
    );
  });

  it('shows an Argo CD Application: sync, health, revision, no Flux buttons', async () => {
    render(
      {
        value: {
          ...empty,
          delivery: [
            parseArgoApplication('kube-stub', variants.argoApplication()),
          ],
        },
      },
      { allow: true },
    );
    const app = await screen.findByRole('article', {
      name: 'Argo CD Application argocd/mealie',
    });
    expect(within(app).getByText('OutOfSync')).toBeInTheDocument();
    expect(within(app).getByText('Degraded')).toBeInTheDocument();
    expect(within(app).getByText('8c3f2e1')).toBeInTheDocument();
    expect(within(app).queryByRole('button')).not.toBeInTheDocument();
  });

  it('reconciles, suspends and resumes with the permission, then reloads', async () => {
    const kube = new FixtureKubernetesApi();
    const { onChanged, alert } = render(
      { value: stateFor(podinfoEntity) },
      { allow: true, kube },
    );
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    await userEvent.click(
      await within(release).findByRole('button', { name: 'Reconcile now' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    await userEvent.click(
      within(release).getByRole('button', { name: 'Suspend' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    expect(
      kube.patches.map(p => [p.path, Object.keys(p.body as object)]),
    ).toEqual([
      [
        '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases/podinfo',
        ['metadata'],
      ],
      [
        '/apis/helm.toolkit.fluxcd.io/v2/namespaces/podinfo/helmreleases/podinfo',
        ['spec'],
      ],
    ]);
    expect(alert.getAlerts().map(a => a.message)).toEqual([
      'Reconcile requested for HelmRelease podinfo/podinfo',
      'Suspended HelmRelease podinfo/podinfo',
    ]);
  });

  it('offers Resume for a suspended release', async () => {
    const objects = demoObjects();
    objects.find(o => o.kind === 'HelmRelease')!.spec.suspend = true;
    const kube = new FixtureKubernetesApi(objects);
    render({ value: stateFor(podinfoEntity, objects) }, { allow: true, kube });
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    expect(
      within(release).getByText('Suspended', { selector: 'span *, span' }),
    ).toBeInTheDocument();
    expect(
      await within(release).findByRole('button', { name: 'Reconcile now' }),
    ).toBeDisabled();
    await userEvent.click(
      within(release).getByRole('button', { name: 'Resume' }),
    );
    await waitFor(() => expect(kube.patches).toHaveLength(1));
    expect(kube.patches[0].body).toMatchObject({ spec: { suspend: null } });
  });

  it('reads the Kustomization that applied the service through the proxy, with its buttons', async () => {
    render(
      { value: stateFor(teamspeakEntity), kubernetesId: 'teamspeak' },
      { allow: true },
    );
    const ks = await screen.findByRole(
      'article',
      { name: 'Flux Kustomization flux-system/apps' },
      { timeout: 5000 },
    );
    expect(within(ks).getByText('Ready')).toBeInTheDocument();
    expect(
      within(ks).getByText(
        "Applies this service's objects (from the labels Flux puts on them).",
      ),
    ).toBeInTheDocument();
    expect(
      within(ks).getByRole('button', { name: 'Reconcile now' }),
    ).toBeEnabled();
  });

  it('reports a failed action', async () => {
    const kube = new FixtureKubernetesApi([]);
    const { alert, onChanged } = render(
      { value: stateFor(podinfoEntity) },
      { allow: true, kube },
    );
    const release = await screen.findByRole('article', {
      name: 'Flux HelmRelease podinfo/podinfo',
    });
    await userEvent.click(
      await within(release).findByRole('button', { name: 'Reconcile now' }),
    );
    await waitFor(() => expect(alert.getAlerts()).toHaveLength(1));
    expect(alert.getAlerts()[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(
        /^Could not reconcile HelmRelease podinfo\/podinfo: /,
      ),
    });
    expect(onChanged).not.toHaveBeenCalled();
  });
});
