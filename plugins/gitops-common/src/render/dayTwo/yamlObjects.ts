import { parseAllDocuments } from 'yaml';

/** A Kubernetes object of a file, as plain data. */
export type KubeObject = Record<string, any>;

/** The objects of a YAML file (documents that are mappings with a `kind`); none for a file that does not parse. */
export function objectsOf(text: string | undefined): KubeObject[] {
  if (text === undefined) return [];
  try {
    const docs = parseAllDocuments(text, { uniqueKeys: false });
    if (!Array.isArray(docs)) return [];
    return docs
      .map(d => d.toJS() as unknown)
      .filter((o): o is KubeObject => typeof o === 'object' && o !== null && !Array.isArray(o) && typeof (o as KubeObject).kind === 'string');
  } catch {
    return [];
  }
}

export const isYamlPath = (path: string) => /\.ya?ml$/.test(path);
