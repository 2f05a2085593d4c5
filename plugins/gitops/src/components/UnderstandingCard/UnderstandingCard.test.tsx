import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import {
  chartsFolderUnderstanding,
  demoSystemEntity,
  systemWithUnderstanding,
  terraformOnlyUnderstanding,
  withAnnotations,
} from '../../fixtures';
import { UnderstandingCard } from './UnderstandingCard';

const items = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map(li => li.textContent);

describe('UnderstandingCard', () => {
  it('shows the entry points found and the charts not understood of a plain folder of Helm charts', async () => {
    await renderInTestApp(
      <UnderstandingCard
        entity={systemWithUnderstanding(chartsFolderUnderstanding)}
      />,
    );
    expect(screen.getByText('What Homeport understood')).toBeInTheDocument();
    expect(screen.getByText('Repository demo')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Verdict' })).toHaveTextContent(
      'partly Partly understood: some of what this repository holds is not read.',
    );
    expect(screen.getByText('Entry points found (1)')).toBeInTheDocument();
    expect(items('Entry points found')).toEqual(['Helm chart folder: 2']);
    expect(screen.getByText('Not understood (2)')).toBeInTheDocument();
    expect(items('Not understood')).toEqual([
      "charts/api (Helm chart): chart 'api' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
      "charts/web (Helm chart): chart 'web' is installed by no Flux or Argo CD object: read as one app with its default values, its namespace unknown",
    ]);
    expect(screen.queryByText('Looked for, not found')).not.toBeInTheDocument();
  });

  it('shows what it looked for when nothing was understood (Terraform without Kubernetes resources)', async () => {
    await renderInTestApp(
      <UnderstandingCard
        entity={systemWithUnderstanding(terraformOnlyUnderstanding)}
      />,
    );
    expect(screen.getByRole('status', { name: 'Verdict' })).toHaveTextContent(
      'not-understood Not understood: no service found in this repository.',
    );
    expect(items('Entry points found')).toEqual(['Terraform file: 2']);
    expect(items('Not understood')).toEqual([
      '. (Terraform): 2 Terraform files in 1 folder, no kubernetes_* resource and no helm_release: no services',
    ]);
    expect(screen.getByLabelText('Looked for')).toHaveTextContent(
      'Flux Kustomization, Flux HelmRelease, Argo CD Application, Argo CD ApplicationSet, argocd-apps chart values, app-of-apps chart, kustomization.yaml, kustomize helmCharts, Helm chart folder, plain manifests, Terraform module call, Terraform helm_release, Terraform kubernetes resource',
    );
  });

  it('says everything was understood when the System carries no report', async () => {
    await renderInTestApp(<UnderstandingCard entity={demoSystemEntity} />);
    expect(
      screen.getByText(
        'Understood: every entry point found in this repository was read.',
      ),
    ).toBeInTheDocument();
  });

  it('names an annotation it cannot read', async () => {
    await renderInTestApp(
      <UnderstandingCard
        entity={withAnnotations(demoSystemEntity, {
          'homeport.dev/understanding': '{"status":"maybe"}',
        })}
      />,
    );
    expect(
      screen.getByText(
        'homeport.dev/understanding is not a report of the read (status, found, notUnderstood)',
      ),
    ).toBeInTheDocument();
  });
});
