import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSchemaValidator } from './createSchemaValidator';
import { TEST_SCHEMA_DIR } from './testSchemaDir';
import { SchemaValidator } from './types';

const DEMO_REPO = path.resolve(__dirname, '../../../../examples/gitops-repo');

/** YAML files of the demo repository that are not Kubernetes manifests at all. */
const NOT_MANIFESTS = ['apps/podinfo/mkdocs.yml'];
/** Documents that are configuration of other tools, never sent to the API server. */
const NOT_API_OBJECTS = ['kustomize.config.k8s.io/', 'backstage.io/', 'homeport.dev/'];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

const files = ['apps', 'infra']
  .flatMap(dir => yamlFiles(path.join(DEMO_REPO, dir)))
  .map(file => path.relative(DEMO_REPO, file).split(path.sep).join('/'))
  .filter(rel => !NOT_MANIFESTS.includes(rel))
  .sort();

describe('demo GitOps repository (apps/ and infra/)', () => {
  let validator: SchemaValidator;
  beforeAll(async () => {
    validator = await createSchemaValidator({ schemaDir: TEST_SCHEMA_DIR });
  });

  const apiObjects = (rel: string) =>
    validator
      .validateDocuments(readFileSync(path.join(DEMO_REPO, rel), 'utf8'))
      .filter(
        r => !NOT_API_OBJECTS.some(prefix => r.apiVersion?.startsWith(prefix)),
      );

  it('has API objects to check', () => {
    expect(files.flatMap(apiObjects).length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s has no issues', rel => {
    expect(apiObjects(rel).filter(r => r.issues.length > 0)).toEqual([]);
  });
});
