export {
  GitopsContent,
  GitopsServiceView,
  EntityDefinedInGitCard,
  EntityUnderstandingCard,
} from './GitopsContent';
