export { servicesToEntities } from './servicesToEntities';
export type { GitopsRepositoryRef, ServicesToEntitiesOptions } from './types';
export { serviceOwner, ownerRef, OWNER_KEYS } from './owner';
export type { OwnerSource } from './owner';
export {
  codeOwnersOf,
  parseCodeOwners,
  codeOwnerOf,
  CODEOWNERS_PATHS,
} from './codeowners';
export type { CodeOwnersRule } from './codeowners';
export { componentType } from './componentType';
export { repositoryLocation, folderLocation, webUrlOf } from './sourceLocation';
export type { RepositoryLocation, Forge } from './sourceLocation';
export { entityName } from './names';
