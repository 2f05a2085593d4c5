import { isMap } from 'yaml';
import { documentsToYaml, objectToDocument, YamlObject } from '../../yaml/documents';
import { FluxHelmProfileSpec } from '../document/schema';
import { isAppTemplateValues, releaseValues } from './names';

/** `helm.toolkit.fluxcd.io/HelmRelease`: the key of an object's kind in `layout.schemaComments`. */
export function kindKey(object: YamlObject): string {
  const apiVersion = String(object.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  return group ? `${group}/${String(object.kind)}` : String(object.kind);
}

/**
 * Objects as one YAML file in the repository's style: each document opens with `---`
 * and, where the repository's own files have one, its `yaml-language-server` schema
 * comment.
 */
export function objectsYaml(spec: FluxHelmProfileSpec, objects: YamlObject[]): string {
  return documentsToYaml(
    objects.map(object => {
      // The repository's HelmRelease schema is app-template's: only its releases get it.
      const appTemplate = object.kind !== 'HelmRelease' || isAppTemplateValues(releaseValues(object));
      const schema = appTemplate ? spec.layout.schemaComments[kindKey(object)] : undefined;
      const doc = objectToDocument(object);
      // On the first node rather than the document: no blank line after the comment.
      if (schema && isMap(doc.contents)) doc.contents.commentBefore = ` yaml-language-server: $schema=${schema}`;
      return doc;
    }),
  );
}

/** `metadata` of a new object: its name, and its namespace where the layout writes one. */
export function metadata(spec: FluxHelmProfileSpec, name: string, namespace: string, extra: YamlObject = {}): YamlObject {
  return { name, ...(spec.layout.namespaceInMetadata ? { namespace } : {}), ...extra };
}

