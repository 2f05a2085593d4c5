export { readRepository } from './readRepository';
export { readRepositoryWithTerraform } from './readRepositoryWithTerraform';
export type { TerraformFiles } from './terraform/parseTerraform';
export { ReadCache } from './readCache';
export {
  imageName as imageRefName,
  parseImage as parseImageRef,
} from './images';
export type {
  CatalogInfo,
  ChartRef,
  ChartSourceKind,
  GpuRequest,
  ImageRef,
  OwnerHint,
  ReadOptions,
  ReadWarning,
  RenderedController,
  EntryPointCount,
  NotUnderstood,
  Understanding,
  RepositoryModel,
  ServiceCache,
  ServiceCacheKind,
  ServiceDatabase,
  ServiceDatabaseKind,
  ServiceDocs,
  ServiceEngine,
  ServiceHost,
  ServiceLabels,
  ServiceModel,
  ServiceSecret,
  ServiceSecretKind,
  ServiceVolume,
  ServiceWorkload,
  ServiceWorkloadKind,
} from './types';
