import fs from 'node:fs';
import path from 'node:path';
import { ChangeSet } from '../../changeset/types';
import { renderChangeSet } from '../../render/renderChangeSet';
import { parseSpecs } from '../../specs';
import { createSchemaValidator } from '../../validate';
import { SchemaValidator } from '../../validate/types';
import { createArgocdCephEsoProfile } from '.';
import { CORPUS_REQUEST } from './testing/corpusRequest';
import { fixtureRepo } from './testing/fixtureRepo';
import { CORPUS_REPO, readTree, SHARED_DIR } from './testing/readTree';

/** Documents that are not Kubernetes API objects: kustomize's and Backstage's. */
const NOT_API_GROUPS = ['kustomize.config.k8s.io/', 'backstage.io/', 'homeport.dev/'];

/**
 * The VerticalPodAutoscaler CRD is not among the upstream schemas; the corpus installs its
 * own copy (`cluster/platform/scheduling/vpa/crds.yaml`), which is what the cluster checks
 * VPAs against.
 */
const VPA_SCHEMAS = path.join(CORPUS_REPO, 'cluster/platform/scheduling/vpa');

const FIXTURES = path.join(__dirname, '__fixtures__');
const profile = createArgocdCephEsoProfile();

function renders(): [string, ChangeSet][] {
  const repo = fixtureRepo();
  return [
    ...fs
      .readdirSync(FIXTURES)
      .sort()
      .map((name): [string, ChangeSet] => [
        name,
        renderChangeSet(profile, parseSpecs(fs.readFileSync(path.join(FIXTURES, name, 'spec.yaml'), 'utf8')), repo),
      ]),
    ['corpus', renderChangeSet(profile, parseSpecs(CORPUS_REQUEST), readTree(CORPUS_REPO))],
  ];
}

describe('argocd-ceph-eso output against the upstream schemas', () => {
  let upstream: SchemaValidator;
  let vpa: SchemaValidator;
  beforeAll(async () => {
    upstream = await createSchemaValidator({ schemaDir: path.join(SHARED_DIR, 'crds') });
    vpa = await createSchemaValidator({ schemaDir: VPA_SCHEMAS });
  });

  // Helm values, kustomizations, catalog and steps files are not Kubernetes API objects.
  const files = renders().flatMap(([name, changeSet]) =>
    changeSet.files
      .filter(f => !/\/(values|kustomization|catalog-info)\.yaml$/.test(f.path) && !f.path.startsWith('.homeport/'))
      .map((f): [string, string] => [`${name}: ${f.path}`, f.content]),
  );

  it('emits every kind it can', () => {
    const kinds = new Set(files.flatMap(([, text]) => [...text.matchAll(/^kind: (\w+)$/gm)].map(m => m[1])));
    expect([...kinds].sort()).toEqual([
      'Application',
      'Cluster',
      'Database',
      'Deployment',
      'ExternalSecret',
      'HorizontalPodAutoscaler',
      'Ingress',
      'PersistentVolumeClaim',
      'PodDisruptionBudget',
      'Service',
      'ServiceAccount',
      'VerticalPodAutoscaler',
    ]);
  });

  it.each(files)('%s is valid', (_name, text) => {
    const results = upstream
      .validateDocuments(text)
      .filter(r => !NOT_API_GROUPS.some(g => r.apiVersion?.startsWith(g)))
      .map(r => (r.kind === 'VerticalPodAutoscaler' ? vpa.validateDocuments(text)[r.index] : r));
    expect(results.filter(r => r.issues.length > 0)).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
  });
});
