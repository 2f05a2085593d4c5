import http from 'node:http';
import { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { parse } from 'yaml';
import { createDryRunGuard, UNREGISTERED_DRY_RUN_REFUSAL } from './createDryRunGuard';

const REGISTERED = parse(fs.readFileSync(path.resolve(__dirname, '../../../../templates/web-app-helm/template.yaml'), 'utf8'));

describe('the dry-run guard in front of POST /v2/dry-run', () => {
  let server: http.Server;
  let base: string;
  const permissions = mockServices.permissions.mock();

  beforeAll(async () => {
    const app = express();
    app.use(createDryRunGuard({ httpAuth: mockServices.httpAuth(), permissions, catalog: catalogServiceMock({ entities: [REGISTERED] }) }));
    app.post('/v2/dry-run', (req, res) => res.json({ reached: true, steps: req.body.template.spec.steps.length }));
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(error.name === 'NotAllowedError' ? 403 : 500).json({ error: { name: error.name, message: error.message } });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise(resolve => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));
  beforeEach(() => permissions.authorize.mockReset());

  const dryRun = async (template: unknown) => {
    const res = await fetch(`${base}/v2/dry-run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template, values: {}, directoryContents: [] }),
    });
    return { status: res.status, body: await res.json() };
  };

  it('lets the registered template through without asking (the change preview)', async () => {
    const asFetched = { ...REGISTERED, metadata: { ...REGISTERED.metadata, namespace: 'default', uid: 'x', etag: 'y' }, relations: [] };
    await expect(dryRun(asFetched)).resolves.toEqual({ status: 200, body: { reached: true, steps: 8 } });
    expect(permissions.authorize).not.toHaveBeenCalled();
  });

  it('refuses a hand-written body, or a registered name with other steps, without scaffolder.template.management', async () => {
    permissions.authorize.mockResolvedValue([{ result: AuthorizeResult.DENY }]);
    const edited = { ...REGISTERED, spec: { ...REGISTERED.spec, steps: [{ id: 'x', action: 'gitops:checkout', input: {} }] } };
    const handWritten = { ...edited, metadata: { name: 'mine' } };
    for (const template of [edited, handWritten, 'not a template']) {
      await expect(dryRun(template)).resolves.toEqual({
        status: 403,
        body: { error: { name: 'NotAllowedError', message: UNREGISTERED_DRY_RUN_REFUSAL } },
      });
    }
    expect(permissions.authorize.mock.calls[0][0]).toEqual([{ permission: expect.objectContaining({ name: 'scaffolder.template.management' }) }]);
    expect(UNREGISTERED_DRY_RUN_REFUSAL).toBe(
      'Dry runs of a template body that is not a registered template of the catalog need the permission scaffolder.template.management (writing and trying out templates): register the template, or ask a member of the admin groups (homeport.admins) to try it.',
    );
  });

  it('lets a holder of scaffolder.template.management dry-run any body', async () => {
    permissions.authorize.mockResolvedValue([{ result: AuthorizeResult.ALLOW }]);
    const handWritten = { ...REGISTERED, metadata: { name: 'mine' }, spec: { ...REGISTERED.spec, steps: [] } };
    await expect(dryRun(handWritten)).resolves.toEqual({ status: 200, body: { reached: true, steps: 0 } });
  });
});
