import { ChangeSet } from '@homeport/plugin-gitops-common';
import { isMap, parseAllDocuments } from 'yaml';

/** The annotation Backstage uses for the template an entity was created from. */
export const SOURCE_TEMPLATE_ANNOTATION = 'backstage.io/source-template';

/**
 * The entity ref of the template a task runs. A dry run names every template
 * `template:default/dry-run`, so the template's own metadata comes first.
 */
export function templateRefOf(
  templateInfo?: { entityRef?: string; entity?: { metadata?: { name?: string; namespace?: string } } },
): string | undefined {
  const metadata = templateInfo?.entity?.metadata;
  if (metadata?.name) return `template:${metadata.namespace ?? 'default'}/${metadata.name}`;
  return templateInfo?.entityRef;
}

const ENTITY_API_VERSION = /^backstage\.io\//;

/**
 * The change set with `backstage.io/source-template: <templateRef>` on every catalog
 * entity of the files it adds (any YAML document with a `backstage.io/*` apiVersion),
 * edited through the `yaml` document API so that comments and order survive. Files it
 * only modifies, and every other object, are left as they are.
 */
export function withSourceTemplate(changeSet: ChangeSet, templateRef: string | undefined): ChangeSet {
  if (!templateRef) return changeSet;
  return {
    ...changeSet,
    files: changeSet.files.map(file => {
      if (file.action !== 'add' || !/\.ya?ml$/.test(file.path)) return file;
      const docs = parseAllDocuments(file.content);
      if (!Array.isArray(docs)) return file;
      let touched = false;
      for (const doc of docs) {
        const apiVersion = doc.get('apiVersion');
        if (!isMap(doc.contents) || typeof apiVersion !== 'string' || !ENTITY_API_VERSION.test(apiVersion)) continue;
        doc.setIn(['metadata', 'annotations', SOURCE_TEMPLATE_ANNOTATION], templateRef);
        touched = true;
      }
      if (!touched) return file;
      const content = docs
        .map((doc, i) => {
          if (i > 0) doc.directives.docStart = true;
          return doc.toString();
        })
        .join('');
      return { ...file, content };
    }),
  };
}
