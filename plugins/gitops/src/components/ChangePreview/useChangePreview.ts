import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { scaffolderApiRef } from '@backstage/plugin-scaffolder-react';
import { TemplateEntityV1beta3 } from '@backstage/plugin-scaffolder-common';
import { JsonObject } from '@backstage/types';
import useAsync from 'react-use/esm/useAsync';
import { previewFiles } from './previewFiles';
import { refusalMessage } from './refusalMessage';

/** What the dry run of a template proposes before it runs. */
export interface ChangePreview {
  /**
   * The changed files (the render action's `changes/` folder), path and text, with
   * whether the change adds or modifies them (the template's `changes` output); the
   * files it deletes (named only by that output) with no text.
   */
  files: { path: string; content: string; action?: 'add' | 'modify' | 'delete' }[];
  /** The template's output texts (the proposed change as a diff, the manual steps). */
  texts: { title: string; content: string }[];
  /** The pending change this one joins, in words (the template's `pending` output), else empty. */
  pending: string;
}


interface TemplateOutput {
  text?: { title: string; content: string }[];
  changes?: { path: string; action: 'add' | 'modify' | 'delete' }[];
  pending?: string;
}

/**
 * Runs the template as a dry run with the values of the form so far, through the
 * scaffolder's own dry-run endpoint, and returns what it would change. A refusal is an
 * error whose message is the server's own reason (see {@link refusalMessage}).
 */
export function useChangePreview(
  templateRef: { namespace: string; name: string },
  values: JsonObject,
): { value?: ChangePreview; loading: boolean; error?: Error } {
  const catalogApi = useApi(catalogApiRef);
  const scaffolderApi = useApi(scaffolderApiRef);
  const key = JSON.stringify(values);
  return useAsync(async () => {
    const template = (await catalogApi.getEntityByRef({ kind: 'Template', ...templateRef })) as
      | TemplateEntityV1beta3
      | undefined;
    if (!template) {
      throw new Error(`Template ${templateRef.namespace}/${templateRef.name} is not in the catalog`);
    }
    let result;
    try {
      result = await scaffolderApi.dryRun({ template, values, secrets: {}, directoryContents: [] });
    } catch (error) {
      throw new Error(refusalMessage(error, template.spec.parameters as JsonObject[]));
    }
    const failed = result.log.find(l => l.body.status === 'failed' && l.body.message);
    if (failed) throw new Error(failed.body.message);
    const output = (result.output ?? {}) as TemplateOutput;
    const files = previewFiles(result.directoryContents, output.changes);
    const texts = (output.text ?? []).filter(t => t.content);
    return { files, texts, pending: output.pending ?? '' };
  }, [templateRef.namespace, templateRef.name, key]);
}
