import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import { PendingChangesResponse, RepositoriesResponse, StepsResponse } from '@homeport/plugin-gitops-common';

/**
 * The gitops plugin's routes, for a signed-in user or another backend plugin:
 * `GET /pending` lists the open pending changes, `GET /repositories` the ids of the
 * configured repositories (for the wizard's repository picker), `GET /steps?entityRef=`
 * the status of each manual step the entity records (the caller must be allowed to read
 * the entity).
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  listPendingChanges: () => Promise<PendingChangesResponse>;
  repositories: RepositoriesResponse;
  catalog: CatalogService;
  checkSteps: (entity: Entity) => Promise<StepsResponse>;
}): Promise<express.Router> {
  const router = Router();
  router.get('/pending', async (req, res) => {
    await options.httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await options.listPendingChanges());
  });
  router.get('/repositories', async (req, res) => {
    await options.httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(options.repositories);
  });
  router.get('/steps', async (req, res) => {
    const credentials = await options.httpAuth.credentials(req, { allow: ['user', 'service'] });
    const raw = req.query.entityRef;
    if (typeof raw !== 'string' || !raw) throw new InputError('Name the entity: ?entityRef=component:default/<name>');
    let ref: string;
    try {
      ref = stringifyEntityRef(parseEntityRef(raw, { defaultKind: 'component', defaultNamespace: 'default' }));
    } catch (e) {
      throw new InputError(`entityRef ${raw} is not an entity reference: ${(e as Error).message}`);
    }
    const entity = await options.catalog.getEntityByRef(ref, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${ref} in the catalog`);
    res.json(await options.checkSteps(entity));
  });
  return router;
}
