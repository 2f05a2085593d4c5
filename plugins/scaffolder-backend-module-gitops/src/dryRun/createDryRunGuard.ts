import express from 'express';
import { HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { templateManagementPermission } from '@backstage/plugin-scaffolder-common/alpha';
import { isRegisteredTemplate } from './isRegisteredTemplate';

/** The refusal of a dry run of a hand-written template body. */
export const UNREGISTERED_DRY_RUN_REFUSAL = `Dry runs of a template body that is not a registered template of the catalog need the permission ${templateManagementPermission.name} (writing and trying out templates): register the template, or ask a member of the admin groups (homeport.admins) to try it.`;

/**
 * A middleware in front of the scaffolder's `POST /v2/dry-run`: the dry run of a
 * registered template (what the Create wizard's change preview sends) goes on for anyone
 * the scaffolder lets dry-run; any other template body, written by hand, needs
 * `scaffolder.template.management`, the permission of the scaffolder's template editor.
 * A dry run executes every action of the body as its caller, so an unreviewed body is
 * as powerful as registering a template.
 */
export function createDryRunGuard(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
}): express.Router {
  const router = express.Router();
  router.post('/v2/dry-run', express.json({ limit: '10MB' }), async (req, _res, next) => {
    try {
      const credentials = await options.httpAuth.credentials(req);
      if (await isRegisteredTemplate(options.catalog, req.body?.template, credentials)) {
        next();
        return;
      }
      const [decision] = await options.permissions.authorize([{ permission: templateManagementPermission }], { credentials });
      if (decision.result !== AuthorizeResult.ALLOW) throw new NotAllowedError(UNREGISTERED_DRY_RUN_REFUSAL);
      next();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
