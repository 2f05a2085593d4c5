import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';

/**
 * Homeport's app on the new frontend system. Plugins listed in this package's
 * dependencies (Catalog, Create, Catalog Graph, Kubernetes, TechDocs, Search, …) are
 * discovered through `app.packages: all`.
 */
export default createApp({
  features: [catalogPlugin, navModule],
});
