// Sets a stock app made by @backstage/create-app up as README.md "Add Homeport to your
// Backstage" says, with the packed plugins in <app>/homeport-packs/<short name>.tgz:
//   node e2e/install/setup.mjs <app> <homeport checkout> <short name>...
// The `yarn add` of the packages themselves is e2e/install/run.sh's.
import fs from 'node:fs';
import path from 'node:path';

const [app, root, ...shortNames] = process.argv.slice(2);
if (!app || !root || shortNames.length === 0) {
  throw new Error(
    'usage: node e2e/install/setup.mjs <app> <homeport checkout> <short name>...',
  );
}

const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));
const writeJson = (file, value) =>
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** Replaces `from` (which must occur exactly once) in a file of the app. */
function edit(file, from, to) {
  const full = path.join(app, file);
  const text = fs.readFileSync(full, 'utf8');
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(
      `${file} of the stock app does not hold exactly one ${JSON.stringify(
        from,
      )}: has the create-app template changed?`,
    );
  }
  fs.writeFileSync(full, text.replace(from, to));
}

// 1. Resolutions: the registry reachable here lacks some optional platform packages (this
//    repository's own root resolutions redirect them), and the Homeport packages are not in a
//    registry but in tarballs: each dependency of one on another resolves to its tarball.
const rootPkg = readJson(path.join(app, 'package.json'));
rootPkg.resolutions = {
  ...rootPkg.resolutions,
  ...readJson(path.join(root, 'package.json')).resolutions,
};
for (const short of shortNames) {
  const { name } = readJson(path.join(root, 'plugins', short, 'package.json'));
  rootPkg.resolutions[name] = `file:./homeport-packs/${short}.tgz`;
}
writeJson(path.join(app, 'package.json'), rootPkg);

// 2. The backend: Homeport's three modules and its backend plugin; its permission policy replaces allow-all.
edit(
  'packages/backend/src/index.ts',
  `backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);
`,
  '',
);
edit(
  'packages/backend/src/index.ts',
  'backend.start();',
  `// Homeport: the GitOps repository's services in the catalog, the scaffolder actions, and
// the permission policy (privileged things for homeport.admins only).
backend.add(import('@homeport/plugin-catalog-backend-module-gitops'));
backend.add(import('@homeport/plugin-scaffolder-backend-module-gitops'));
backend.add(import('@homeport/plugin-permission-backend-module-homeport'));
backend.add(import('@homeport/plugin-gitops-backend'));

backend.start();`,
);

// 3. The app (new frontend system): the plugin in the feature list.
edit(
  'packages/app/src/App.tsx',
  `import { navModule } from './modules/nav';`,
  `import { navModule } from './modules/nav';
import gitopsPlugin from '@homeport/plugin-gitops';`,
);
edit(
  'packages/app/src/App.tsx',
  'features: [catalogPlugin, navModule, homeModule]',
  'features: [catalogPlugin, navModule, homeModule, gitopsPlugin]',
);

// 3b. The legacy frontend system's lines of the README, type-checked (`yarn tsc`) against the
//     packed declarations; the stock app itself runs the new frontend system.
fs.writeFileSync(
  path.join(app, 'packages/app/src/homeportLegacy.tsx'),
  `import { Route } from 'react-router-dom';
import Grid from '@material-ui/core/Grid';
import { EntityLayout, EntitySwitch } from '@backstage/plugin-catalog';
import { ScaffolderPage } from '@backstage/plugin-scaffolder';
import { ScaffolderFieldExtensions } from '@backstage/plugin-scaffolder-react';
import {
  EntityGitopsContent,
  EntityGitopsDefinedInGitCard,
  EntityGitopsUnderstandingCard,
  GitopsChangePreviewFieldExtension,
  GitopsPage,
  GitopsRepositoryPickerFieldExtension,
  isGitopsRepositorySystem,
  isGitopsService,
} from '@homeport/plugin-gitops';

export const serviceEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container>
        <EntitySwitch>
          <EntitySwitch.Case if={isGitopsService}>
            <Grid item md={6}>
              <EntityGitopsDefinedInGitCard />
            </Grid>
          </EntitySwitch.Case>
        </EntitySwitch>
      </Grid>
    </EntityLayout.Route>
    <EntityLayout.Route path="/gitops" title="GitOps" if={isGitopsService}>
      <EntityGitopsContent />
    </EntityLayout.Route>
  </EntityLayout>
);

export const systemEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container>
        <EntitySwitch>
          <EntitySwitch.Case if={isGitopsRepositorySystem}>
            <Grid item md={6}>
              <EntityGitopsUnderstandingCard />
            </Grid>
          </EntitySwitch.Case>
        </EntitySwitch>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

export const routes = (
  <>
    <Route path="/gitops" element={<GitopsPage />} />
    <Route path="/create" element={<ScaffolderPage />}>
      <ScaffolderFieldExtensions>
        <GitopsChangePreviewFieldExtension />
        <GitopsRepositoryPickerFieldExtension />
      </ScaffolderFieldExtensions>
    </Route>
  </>
);
`,
);

// 4. The templates, as a copy of this repository's templates/ folder.
fs.cpSync(path.join(root, 'templates'), path.join(app, 'templates'), {
  recursive: true,
});

// 5. The config: the demo repository (a bare copy made by run.sh), the templates' catalog
//    location, and a static token for the test's REST calls.
fs.writeFileSync(
  path.join(app, 'app-config.homeport.yaml'),
  `backend:
  baseUrl: http://localhost:\${HOMEPORT_INSTALL_PORT}
  listen:
    port: \${HOMEPORT_INSTALL_PORT}
  auth:
    externalAccess:
      - type: static
        options:
          token: \${HOMEPORT_INSTALL_TOKEN}
          subject: homeport-install-test

techdocs:
  generator:
    runIn: local

homeport:
  cacheDir: \${HOMEPORT_INSTALL_DATA}/cache
  repositories:
    - id: demo
      url: \${HOMEPORT_INSTALL_DATA}/gitops-demo.git
      branch: main
      profile: flux-lvm-openbao
      defaultOwner: group:default/platform
      schedule: { frequency: { seconds: 5 }, timeout: { seconds: 60 } }

catalog:
  locations:
    - type: file
      target: ../../examples/org.yaml
      rules:
        - allow: [User, Group]
    - type: file
      target: ../../templates/*/template.yaml
      rules:
        - allow: [Template]
`,
);
