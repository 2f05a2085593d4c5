export { RepositoryPicker } from './RepositoryPicker';
