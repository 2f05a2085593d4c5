export { DefinedInGitCard } from './DefinedInGitCard';
