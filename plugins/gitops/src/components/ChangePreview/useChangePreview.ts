import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { scaffolderApiRef } from '@backstage/plugin-scaffolder-react';
import { TemplateEntityV1beta3 } from '@backstage/plugin-scaffolder-common';
import { JsonObject } from '@backstage/types';
import useAsync from 'react-use/esm/useAsync';

/** What the dry run of a template shows before it runs. */
export interface ChangePreview {
  /** The changed files (the render action's `changes/` folder), path and text. */
  files: { path: string; content: string }[];
  /** The template's output texts (the proposed change as a diff, the manual steps). */
  texts: { title: string; content: string }[];
}

const CHANGES = 'changes/';

/**
 * Runs the template as a dry run with the values of the form so far, through the
 * scaffolder's own dry-run endpoint, and returns what it would change.
 */
export function useChangePreview(
  templateRef: { namespace: string; name: string },
  values: JsonObject,
): { value?: ChangePreview; loading: boolean; error?: Error } {
  const catalogApi = useApi(catalogApiRef);
  const scaffolderApi = useApi(scaffolderApiRef);
  const key = JSON.stringify(values);
  return useAsync(async () => {
    const template = await catalogApi.getEntityByRef({ kind: 'Template', ...templateRef });
    if (!template) {
      throw new Error(`Template ${templateRef.namespace}/${templateRef.name} is not in the catalog`);
    }
    const result = await scaffolderApi.dryRun({
      template: template as TemplateEntityV1beta3,
      values,
      secrets: {},
      directoryContents: [],
    });
    const failed = result.log.find(l => l.body.status === 'failed' && l.body.message);
    if (failed) throw new Error(failed.body.message);
    const files = result.directoryContents
      .filter(f => f.path.startsWith(CHANGES))
      .map(f => ({
        path: f.path.slice(CHANGES.length),
        content: atob(f.base64Content),
      }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    const texts = ((result.output as { text?: { title: string; content: string }[] }).text ?? [])
      .filter(t => t.content);
    return { files, texts };
  }, [templateRef.namespace, templateRef.name, key]);
}
