export {
  GitopsContent,
  GitopsServiceView,
  EntityDefinedInGitCard,
} from './GitopsContent';
