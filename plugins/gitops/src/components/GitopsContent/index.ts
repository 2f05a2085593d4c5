export {
  GitopsContent,
  GitopsServiceView,
  EntityDefinedInGitCard,
  EntityUnderstandingCard,
  EntityManualStepsCard,
} from './GitopsContent';
