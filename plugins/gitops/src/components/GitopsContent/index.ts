export {
  GitopsContent,
  GitopsServiceView,
  EntityDefinedInGitCard,
  EntityManualStepsCard,
} from './GitopsContent';
