import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { createSchemaValidator } from './createSchemaValidator';
import { SchemaValidator } from './types';

/** Hand-made schemas exercising the Kubernetes extensions the upstream data uses rarely or not at all. */
const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'widgets.example.com' },
  spec: {
    group: 'example.com',
    names: { kind: 'Widget', plural: 'widgets' },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              apiVersion: { type: 'string' },
              kind: { type: 'string' },
              metadata: { type: 'object' },
              spec: {
                type: 'object',
                required: ['size'],
                'x-kubernetes-validations': [
                  { rule: 'self.size != "0"', message: 'CEL is not evaluated' },
                ],
                properties: {
                  size: {
                    'x-kubernetes-int-or-string': true,
                    anyOf: [{ type: 'integer' }, { type: 'string' }],
                  },
                  note: { type: 'string', nullable: true },
                  empty: { type: 'object' },
                  free: {
                    type: 'object',
                    'x-kubernetes-preserve-unknown-fields': true,
                  },
                  tags: {
                    type: 'array',
                    items: { type: 'string' },
                    'x-kubernetes-list-type': 'set',
                  },
                  since: { type: 'string', format: 'date-time' },
                  color: { type: 'string', format: 'x-unknown-format' },
                  template: {
                    type: 'object',
                    'x-kubernetes-embedded-resource': true,
                    properties: {
                      spec: {
                        type: 'object',
                        properties: { replicas: { type: 'integer' } },
                      },
                    },
                  },
                  source: {
                    type: 'object',
                    properties: {
                      value: { type: 'string' },
                      expression: { type: 'string' },
                    },
                    oneOf: [
                      { required: ['value'] },
                      { required: ['expression'] },
                    ],
                  },
                  selector: {
                    type: 'object',
                    properties: {
                      name: { type: 'string' },
                      names: { type: 'array', items: { type: 'string' } },
                    },
                    not: { required: ['name', 'names'] },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

/** Two OpenAPI documents: `Gadget` in one refers to `Part` defined only in the other. */
const gadgets = {
  openapi: '3.0.0',
  components: {
    schemas: {
      'com.example.v1.Gadget': {
        type: 'object',
        'x-kubernetes-group-version-kind': [
          { group: 'gadgets.example.com', kind: 'Gadget', version: 'v1' },
        ],
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: {
            allOf: [
              {
                $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
              },
            ],
          },
          part: {
            allOf: [{ $ref: '#/components/schemas/com.example.v1.Part' }],
            default: {},
          },
        },
      },
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
        type: 'object',
        properties: {
          name: { type: 'string' },
          namespace: { type: 'string' },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
  },
};
const parts = {
  openapi: '3.0.0',
  components: {
    schemas: {
      'com.example.v1.Part': {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'integer', format: 'int32' } },
      },
    },
  },
};

let dir: string;
let validator: SchemaValidator;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'homeport-schemas-'));
  mkdirSync(path.join(dir, 'crds'));
  writeFileSync(
    path.join(dir, 'crds', 'widgets.yaml'),
    `---\n${stringify(crd)}`,
  );
  writeFileSync(path.join(dir, 'gadgets.json'), JSON.stringify(gadgets));
  writeFileSync(path.join(dir, 'parts.json'), JSON.stringify(parts));
  writeFileSync(path.join(dir, 'README.md'), '# not a schema');
  validator = await createSchemaValidator({ schemaDir: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const widget = (spec: Record<string, unknown>) => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name: 'w', namespace: 'default' },
  spec,
});

describe('Kubernetes schema extensions', () => {
  it('accepts a valid widget (CEL rules are not evaluated)', () => {
    expect(
      validator.validate(
        widget({
          size: '0',
          note: null,
          empty: {},
          free: { anything: { goes: [1] } },
          tags: ['a', 'b'],
          since: '2025-12-23T10:00:00Z',
          color: 'whatever',
          template: {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'p', labels: { a: 'b' } },
            spec: { replicas: 1 },
          },
          source: { value: 'x' },
          selector: { name: 'x' },
        }),
      ),
    ).toEqual([]);
  });

  it('reports the extension violations', () => {
    expect(
      validator.validate(
        widget({
          size: 1.5,
          empty: { x: 1 },
          tags: ['a', 'a'],
          since: '2025-12-23',
          template: {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { nam: 'p' },
            spec: { replicas: 1, extra: true },
          },
          source: { value: 'x', expression: 'y' },
          selector: { name: 'x', names: ['y'] },
        }),
      ),
    ).toEqual([
      { path: 'spec.size', message: 'must be integer or string, got number' },
      { path: 'spec.empty.x', message: 'unknown field "x"' },
      { path: 'spec.tags[1]', message: 'duplicate entry "a"' },
      {
        path: 'spec.since',
        message: '"2025-12-23" is not an RFC 3339 date-time',
      },
      { path: 'spec.template.metadata.nam', message: 'unknown field "nam"' },
      { path: 'spec.template.spec.extra', message: 'unknown field "extra"' },
      {
        path: 'spec.source',
        message: 'must set exactly one of "value", "expression" (matched 2)',
      },
      {
        path: 'spec.selector',
        message: 'must not set both "name" and "names"',
      },
    ]);
  });

  it('reports missing required fields and non-nullable nulls', () => {
    expect(validator.validate(widget({ source: {}, tags: null }))).toEqual([
      {
        path: 'spec.source',
        message: 'must set exactly one of "value", "expression" (matched 0)',
      },
      { path: 'spec.tags', message: 'must be array, got null' },
      { path: 'spec.size', message: 'missing required field "size"' },
    ]);
  });

  it('follows $refs into other documents', () => {
    const gadget = {
      apiVersion: 'gadgets.example.com/v1',
      kind: 'Gadget',
      metadata: { name: 'g' },
    };
    expect(validator.validate({ ...gadget, part: { id: 1 } })).toEqual([]);
    expect(
      validator.validate({ ...gadget, part: { id: 2 ** 31, size: 1 } }),
    ).toEqual([
      { path: 'part.id', message: '2147483648 is out of range for int32' },
      { path: 'part.size', message: 'unknown field "size"' },
    ]);
    expect(validator.validate({ ...gadget, part: {} })).toEqual([
      { path: 'part.id', message: 'missing required field "id"' },
    ]);
  });
});

describe('createSchemaValidator options', () => {
  const original = process.env.HOMEPORT_SCHEMAS_DIR;
  afterEach(() => {
    if (original === undefined) delete process.env.HOMEPORT_SCHEMAS_DIR;
    else process.env.HOMEPORT_SCHEMAS_DIR = original;
  });

  it('falls back to HOMEPORT_SCHEMAS_DIR', async () => {
    process.env.HOMEPORT_SCHEMAS_DIR = dir;
    const v = await createSchemaValidator();
    expect(v.validate(widget({ size: 1 }))).toEqual([]);
  });

  it('fails without a schema folder', async () => {
    delete process.env.HOMEPORT_SCHEMAS_DIR;
    await expect(createSchemaValidator()).rejects.toThrow(
      'no schemaDir given and HOMEPORT_SCHEMAS_DIR is not set',
    );
    await expect(
      createSchemaValidator({ schemaDir: path.join(dir, 'missing') }),
    ).rejects.toThrow(/ENOENT/);
  });

  it('skips excluded paths', async () => {
    const v = await createSchemaValidator({
      schemaDir: dir,
      exclude: ['crds'],
    });
    expect(v.validate(widget({ size: 1 }))).toEqual([
      { path: '', message: 'no schema for example.com/v1 Widget' },
    ]);
  });
});
