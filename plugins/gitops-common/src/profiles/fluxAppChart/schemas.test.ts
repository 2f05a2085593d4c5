import fs from 'node:fs';
import path from 'node:path';
import { renderChangeSet } from '../../render/renderChangeSet';
import { parseSpecs } from '../../specs';
import { readTreeSync } from '../../testUtils/readTreeSync';
import { createSchemaValidator, isNonApiObject, SchemaValidator } from '../../validate';
import { createFluxAppChartProfile } from '.';

/** src/profiles/fluxAppChart → the repository root is 5 levels up; shared/ is beside it. */
const SHARED = path.resolve(__dirname, '../../../../..', '../shared');
const FIXTURES = path.join(__dirname, '__fixtures__');
const CASES = fs
  .readdirSync(FIXTURES)
  .filter(name => fs.existsSync(path.join(FIXTURES, name, 'spec.yaml')))
  .sort();

/** Not Kubernetes API objects: kustomize's own file, Backstage's catalog-info.yaml and Homeport's steps files. */
const repo = readTreeSync(path.join(FIXTURES, 'repo'));
const corpus = readTreeSync(
  path.join(SHARED, 'corpus/public-transport__infrastructure'),
);

describe('flux-app-chart objects against the upstream schemas', () => {
  let validator: SchemaValidator;
  beforeAll(async () => {
    validator = await createSchemaValidator({
      schemaDir: path.join(SHARED, 'crds'),
    });
  });

  function check(files: { path: string; content: string }[]) {
    const kinds: string[] = [];
    const problems: unknown[] = [];
    for (const file of files.filter(f => /\.ya?ml$/.test(f.path))) {
      for (const result of validator.validateDocuments(file.content)) {
        if (result.apiVersion && isNonApiObject(result.apiVersion))
          continue;
        kinds.push(`${result.apiVersion} ${result.kind}`);
        if (result.issues.length) problems.push({ file: file.path, ...result });
      }
    }
    expect(problems).toEqual([]);
    return kinds;
  }

  it("validates the corpus's own example-app release (the validator knows the kind)", () => {
    const file = 'kubernetes/apps/example-app/release.yaml';
    expect(check([{ path: file, content: corpus.read(file)! }])).toEqual([
      'helm.toolkit.fluxcd.io/v2 HelmRelease',
    ]);
  });

  it.each(CASES)('%s: every emitted object is valid', name => {
    const profile = createFluxAppChartProfile();
    const spec = fs.readFileSync(
      path.join(FIXTURES, name, 'spec.yaml'),
      'utf8',
    );
    const kinds = check(renderChangeSet(profile, parseSpecs(spec), repo).files);
    expect(kinds).toContain('helm.toolkit.fluxcd.io/v2 HelmRelease');
    expect([...new Set(kinds)]).toEqual([
      'helm.toolkit.fluxcd.io/v2 HelmRelease',
    ]);
  });

  it('every emitted object is valid without the pod-label post-renderer too', () => {
    const profile = createFluxAppChartProfile({ labelPods: false });
    const spec = fs.readFileSync(
      path.join(FIXTURES, 'app-image', 'spec.yaml'),
      'utf8',
    );
    expect(
      check(renderChangeSet(profile, parseSpecs(spec), repo).files),
    ).toEqual(['helm.toolkit.fluxcd.io/v2 HelmRelease']);
  });
});
