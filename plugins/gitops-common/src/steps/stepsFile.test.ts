import { InputError } from '@backstage/errors';
import { ManualStep } from '../changeset/types';
import { markStepsDone, parseStepsFile, recordSteps, stepsFilePath } from './stepsFile';

const PATH = '.homeport/steps/mealie.yaml';

const dns: ManualStep = {
  id: 'dns:mealie.example.com',
  app: 'mealie',
  owner: 'operator',
  title: 'Create the DNS name mealie.example.com',
  detail: 'Point it at the ingress controller.',
  check: { kind: 'dns', host: 'mealie.example.com' },
};
const secret: ManualStep = {
  id: 'secret:secret/mealie',
  app: 'mealie',
  owner: 'operator',
  title: 'Write the secret values at secret/mealie',
  detail: 'Keys: TOKEN.',
  check: { kind: 'secret', namespace: 'mealie', name: 'mealie-env', keys: ['TOKEN'] },
};

const FIRST = `# Manual steps Homeport recorded for this app: what a person still owes, how to check it, and who marked it done. Read by the Homeport catalog provider; not a Kubernetes resource.

apiVersion: homeport.dev/v1alpha1
kind: ManualSteps
app: mealie
steps:
  - id: dns:mealie.example.com
    owner: operator
    title: Create the DNS name mealie.example.com
    detail: Point it at the ingress controller.
    check:
      kind: dns
      host: mealie.example.com
`;

describe('stepsFilePath', () => {
  it('defaults to .homeport/steps/<app>.yaml and follows a profile that says otherwise', () => {
    expect(stepsFilePath({}, 'mealie')).toBe(PATH);
    expect(stepsFilePath({ stepsFile: app => `apps/${app}/.homeport/steps.yaml` }, 'mealie')).toBe(
      'apps/mealie/.homeport/steps.yaml',
    );
  });
});

describe('recordSteps', () => {
  it('writes a new file with the steps and their checks', () => {
    expect(recordSteps(PATH, undefined, 'mealie', [dns])).toBe(FIRST);
  });

  it('merges a later change: new ids appended, comments kept, done records kept', () => {
    const commented = FIRST.replace('host: mealie.example.com\n', 'host: mealie.example.com # the public name\n');
    const done = markStepsDone(PATH, commented, ['dns:mealie.example.com'], {
      by: 'user:default/jane',
      at: '2026-12-07T06:00:00.000Z',
    });
    const reworded = { ...dns, detail: 'Point it at the new ingress address.' };
    expect(recordSteps(PATH, done, 'mealie', [reworded, secret])).toBe(`${commented.replace('Point it at the ingress controller.', 'Point it at the new ingress address.')}    done:
      by: user:default/jane
      at: 2026-12-07T06:00:00.000Z
  - id: secret:secret/mealie
    owner: operator
    title: Write the secret values at secret/mealie
    detail: "Keys: TOKEN."
    check:
      kind: secret
      namespace: mealie
      name: mealie-env
      keys:
        - TOKEN
`);
  });
});

describe('parseStepsFile', () => {
  it('gives every step its app and its done record', () => {
    const text = markStepsDone(PATH, recordSteps(PATH, undefined, 'mealie', [dns, secret]), [secret.id], {
      by: 'user:default/jane',
      at: '2026-12-07T06:00:00.000Z',
      note: 'Values written by hand',
    });
    expect(parseStepsFile(PATH, text)).toEqual([
      dns,
      { ...secret, done: { by: 'user:default/jane', at: '2026-12-07T06:00:00.000Z', note: 'Values written by hand' } },
    ]);
  });

  it('refuses a file that is not a steps file, naming the field', () => {
    expect(() => parseStepsFile(PATH, FIRST.replace('kind: dns', 'kind: ping'))).toThrow(
      new InputError(
        `${PATH} is not a steps file: steps.0.check.kind: Invalid discriminator value. Expected 'secret' | 'external-secret' | 'dns' | 'manual'`,
      ),
    );
    expect(() => parseStepsFile(PATH, 'app: [')).toThrow(InputError);
  });
});

describe('markStepsDone', () => {
  const done = { by: 'user:default/jane', at: '2026-12-07T06:00:00.000Z', note: 'Resolves from outside' };

  it('adds who, when and the note under the step', () => {
    expect(markStepsDone(PATH, FIRST, [dns.id], done)).toBe(`${FIRST}    done:
      by: user:default/jane
      at: 2026-12-07T06:00:00.000Z
      note: Resolves from outside
`);
  });

  it('refuses an unknown step, a step already done and an empty list', () => {
    expect(() => markStepsDone(PATH, FIRST, ['dns:other'], done)).toThrow(
      `${PATH} records no step 'dns:other' (it records: dns:mealie.example.com)`,
    );
    const once = markStepsDone(PATH, FIRST, [dns.id], done);
    expect(() => markStepsDone(PATH, once, [dns.id], done)).toThrow(
      `Step 'dns:mealie.example.com' is already marked done in ${PATH}`,
    );
    expect(() => markStepsDone(PATH, FIRST, [], done)).toThrow('Name at least one step to mark done');
  });
});
