export { GITOPS_ANNOTATIONS } from './annotations';
