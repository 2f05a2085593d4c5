import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { PendingChangesResponse, RepositoriesResponse } from '@homeport/plugin-gitops-common';

/**
 * The gitops plugin's routes, for a signed-in user or another backend plugin:
 * `GET /pending` lists the open pending changes, `GET /repositories` the ids of the
 * configured repositories (for the wizard's repository picker).
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  listPendingChanges: () => Promise<PendingChangesResponse>;
  repositories: RepositoriesResponse;
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
  return router;
}
