export {
  objectToDocument,
  documentsToYaml,
  documentToYaml,
  parseForEdit,
} from './documents';
export type { YamlObject, TrailingComment } from './documents';
export { newKustomization, addKustomizationResources, appendToSeq } from './kustomization';
