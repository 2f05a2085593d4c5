import { documentToYaml, objectToDocument } from '../yaml/documents';
import { KUBERNETES_ID_LABEL } from './objects';

/**
 * The app's own `catalog-info.yaml`: who owns it and what it is, kept in git next to
 * its manifests so the catalog provider reads the owner from the repository.
 */
export function catalogInfoYaml(options: {
  name: string;
  namespace: string;
  owner: string;
  type: string;
  description?: string;
}): string {
  return documentToYaml(
    objectToDocument(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: options.name,
          ...(options.description ? { description: options.description } : {}),
          annotations: {
            [KUBERNETES_ID_LABEL]: options.name,
            'backstage.io/kubernetes-namespace': options.namespace,
          },
        },
        spec: { type: options.type, lifecycle: 'production', owner: options.owner },
      },
      { header: 'Read by the Homeport catalog provider; not a Kubernetes resource.' },
    ),
  );
}
