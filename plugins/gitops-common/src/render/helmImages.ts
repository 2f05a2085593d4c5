import { InputError } from '@backstage/errors';
import { HelmSource } from '../specs';
import { setValueAt } from './objectPath';

type Values = Record<string, unknown>;

/** `ghcr.io/org/app` → `ghcr.io` + `org/app`; a Docker Hub name's registry is `docker.io`. */
export function splitRegistry(repository: string): { registry: string; name: string } {
  const [first, ...rest] = repository.split('/');
  const isHost = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? { registry: first, name: rest.join('/') } : { registry: 'docker.io', name: repository };
}

/**
 * A Helm source's values with its images written in: each repository at its
 * `repositoryPath` (split over `registryPath` when the chart keeps the registry apart) and each tag at its `path`, returned with the tag paths
 * for the update-bot comments. An image with no tag path (none typed, and no chart read
 * that has one) is refused: Homeport does not guess where a chart keeps its tag.
 *
 * @public
 */
export function helmValuesWithImages(
  app: string,
  source: HelmSource,
): { values: Values; tags: { path: string[]; repository: string }[] } {
  const values = structuredClone(source.values) as Values;
  const tags: { path: string[]; repository: string }[] = [];
  for (const image of source.images) {
    if (!image.path) {
      throw new InputError(
        `App '${app}': where chart ${source.chart} ${source.version} keeps the tag of image ${image.repository} is unknown (Homeport read no image.repository/image.tag keys from the chart): give the values path of the tag, such as image.tag`,
      );
    }
    if (image.registryPath && image.repositoryPath) {
      const { registry, name } = splitRegistry(image.repository);
      setValueAt(values, image.registryPath.split('.'), registry);
      setValueAt(values, image.repositoryPath.split('.'), name);
    } else if (image.repositoryPath) {
      setValueAt(values, image.repositoryPath.split('.'), image.repository);
    }
    const path = image.path.split('.');
    setValueAt(values, path, image.tag);
    tags.push({ path, repository: image.repository });
  }
  return { values, tags };
}
