export { UnderstandingCard } from './UnderstandingCard';
export { RepositoriesUnderstanding } from './RepositoriesUnderstanding';
