export { GitopsOverviewPage } from './GitopsOverviewPage';
