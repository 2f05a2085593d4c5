import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { PendingChangesResponse } from '@homeport/plugin-gitops-common';

/**
 * The gitops plugin's routes: `GET /pending` lists the open pending changes, for a
 * signed-in user or another backend plugin.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  listPendingChanges: () => Promise<PendingChangesResponse>;
}): Promise<express.Router> {
  const router = Router();
  router.get('/pending', async (req, res) => {
    await options.httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await options.listPendingChanges());
  });
  return router;
}
