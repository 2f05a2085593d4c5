import { WorkloadSpec } from './spec';

/** A problem across fields of a valid-looking spec. */
export interface SpecIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks that span fields (which zod's discriminated unions cannot carry): an OCI chart
 * source needs an `oci://` URL, the others an `https://` one.
 */
export function crossFieldIssues(spec: WorkloadSpec): SpecIssue[] {
  if (spec.kind !== 'app' || spec.source.type !== 'helm') return [];
  const { type, url } = spec.source.repository;
  if (url.startsWith('oci://') === (type === 'oci')) return [];
  return [
    {
      path: ['source', 'repository', 'url'],
      message:
        type === 'oci'
          ? 'an oci repository url must start with oci://'
          : `a ${type} repository url must start with https:// (oci:// is for type oci)`,
    },
  ];
}
