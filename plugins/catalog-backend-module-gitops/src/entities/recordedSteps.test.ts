import {
  MapFileTree,
  recordSteps,
  ServiceModel,
} from '@homeport/plugin-gitops-common';
import { recordedStepsAnnotation } from './recordedSteps';

const service = { id: 'whoami' } as ServiceModel;
const step = {
  id: 'dns:whoami.example.com',
  app: 'whoami',
  owner: 'operator' as const,
  title: 'Create the DNS name whoami.example.com',
  detail: 'Point it at the ingress controller.',
  check: { kind: 'dns' as const, host: 'whoami.example.com' },
};

describe('recordedStepsAnnotation', () => {
  it("is the steps file's steps as JSON", () => {
    const tree = new MapFileTree({
      '.homeport/steps/whoami.yaml': recordSteps('x', undefined, 'whoami', [step]),
    });
    expect(recordedStepsAnnotation(service, tree)).toEqual({
      'homeport.dev/manual-steps': JSON.stringify([step]),
    });
  });

  it('is absent without a steps file, and for a file that is not one', () => {
    expect(recordedStepsAnnotation(service, new MapFileTree())).toEqual({});
    const tree = new MapFileTree({ '.homeport/steps/whoami.yaml': 'app: whoami\n' });
    expect(recordedStepsAnnotation(service, tree)).toEqual({});
  });
});
