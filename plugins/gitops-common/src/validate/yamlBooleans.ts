import { Document, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import { childPath, indexPath } from './paths';
import { ValidationIssue } from './types';

/** Plain scalars that YAML 1.2 reads as strings but YAML 1.1 (kubectl's sigs.k8s.io/yaml) as booleans. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_TRUE = /^(y|Y|yes|Yes|YES|on|On|ON)$/;

/**
 * Finds unquoted values such as `shared: yes`: this parser (YAML 1.2) sees the string "yes",
 * kubectl sees `true`, so the object that reaches the API server differs from the one validated.
 */
export function findYaml11Booleans(doc: Document): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  visit(doc, {
    Scalar(key, node: Scalar, ancestors) {
      if (
        key === 'key' ||
        node.type !== 'PLAIN' ||
        typeof node.value !== 'string'
      )
        return;
      if (!YAML11_BOOLEANS.test(node.value)) return;
      issues.push({
        path: pathOf([...ancestors, node]),
        message: `unquoted ${node.value} is read as ${YAML11_TRUE.test(
          node.value,
        )} by kubectl (YAML 1.1); quote it if a string is meant`,
      });
    },
  });
  return issues;
}

function pathOf(chain: readonly unknown[]): string {
  let path = '';
  chain.forEach((node, i) => {
    const child = chain[i + 1];
    if (isPair(node) && isScalar(node.key)) {
      path = childPath(path, String(node.key.value));
    } else if (isSeq(node) && child !== undefined) {
      path = indexPath(path, node.items.indexOf(child as never));
    }
  });
  return path;
}
