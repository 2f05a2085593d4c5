import { mockServices } from '@backstage/backend-test-utils';
import { logUnderstanding } from './logUnderstanding';

describe('logUnderstanding', () => {
  it('warns when nothing was understood and names each thing not read', () => {
    const logger = mockServices.logger.mock();
    logUnderstanding(logger, 'infra', {
      status: 'not-understood',
      found: [{ entryPoint: 'Terraform file', count: 2 }],
      notFound: ['Flux Kustomization', 'Argo CD Application'],
      notUnderstood: [
        {
          path: '.',
          what: 'Terraform',
          why: '2 Terraform files in 1 folder, no kubernetes_* resource and no helm_release: no services',
        },
      ],
    });
    expect(logger.warn).toHaveBeenCalledWith(
      "GitOps repository 'infra' is not understood: no service found (found: 2 Terraform file; looked for: Flux Kustomization, Argo CD Application)",
    );
    expect(logger.info).toHaveBeenCalledWith(
      "GitOps repository 'infra': not read: .: 2 Terraform files in 1 folder, no kubernetes_* resource and no helm_release: no services",
    );
  });

  it('says nothing when everything was understood', () => {
    const logger = mockServices.logger.mock();
    logUnderstanding(logger, 'demo', {
      status: 'understood',
      found: [{ entryPoint: 'Flux Kustomization', count: 1 }],
      notUnderstood: [],
    });
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.info).not.toHaveBeenCalled();
  });
});
