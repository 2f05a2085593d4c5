import { NotFoundError } from '@backstage/errors';
import { readRepository } from '../../read/readRepository';
import { RepositoryModel, ServiceModel } from '../../read/types';
import { FileTree } from '../../tree/FileTree';

/** The repository's services as the reader finds them under a profile. */
export function readServices(tree: FileTree, profile: string): RepositoryModel {
  return readRepository(tree, { profile });
}

/** One service of the repository; a `NotFoundError` naming the ones there are. */
export function findService(model: RepositoryModel, app: string): ServiceModel {
  const service = model.services.find(s => s.id === app);
  if (!service) {
    const known = model.services.map(s => s.id).sort();
    throw new NotFoundError(
      `The repository has no service '${app}'${known.length ? `; its services are ${known.join(', ')}` : ''}`,
    );
  }
  return service;
}
