import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SCHEMAS_DIR } from '../testUtils/paths';
import { createSchemaValidator, isNonApiObject, SchemaValidator } from '../validate';

/**
 * Kinds with no upstream schema in ../shared/crds: argocd-ceph-eso writes the
 * VerticalPodAutoscaler its repository gives every app (its tests check it against that
 * repository's own CRD, which accepts any field).
 */
const NO_UPSTREAM_SCHEMA = new Set(['autoscaling.k8s.io/v1 VerticalPodAutoscaler']);

/** Groups whose files are not Kubernetes API objects (kustomize, Backstage, Homeport's steps files). */
function goldenFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return goldenFiles(full);
    return /\/files\/.*\.ya?ml$/.test(full) ? [full] : [];
  });
}

const fixtures = fs
  .readdirSync(__dirname, { withFileTypes: true })
  .filter(e => e.isDirectory() && fs.existsSync(path.join(__dirname, e.name, '__fixtures__')))
  .flatMap(e => goldenFiles(path.join(__dirname, e.name, '__fixtures__')));

describe('every object a profile emits validates against the upstream schemas', () => {
  let validator: SchemaValidator;
  beforeAll(async () => {
    validator = await createSchemaValidator({ schemaDir: SCHEMAS_DIR });
  });

  it('covers the golden files of every profile', () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });

  it.each(fixtures.map(f => [path.relative(__dirname, f), f]))('%s', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const apiObjects = parseAllDocuments(text)
      .map(d => d.toJS() as { apiVersion?: string; kind?: string } | null)
      .filter(o => o?.apiVersion && o.kind && !isNonApiObject(o.apiVersion))
      .filter(o => !NO_UPSTREAM_SCHEMA.has(`${o!.apiVersion} ${o!.kind}`));
    const issues = apiObjects.flatMap(o =>
      validator.validate(o).map(i => `${o!.kind}: ${i.path}: ${i.message}`),
    );
    expect(issues).toEqual([]);
  });
});
