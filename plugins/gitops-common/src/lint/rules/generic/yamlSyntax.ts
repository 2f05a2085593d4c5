import { Rule } from '../../types';

/** Files the YAML parser refuses (duplicate keys included); templates are skipped. */
export const yamlSyntax: Rule = {
  id: 'homeport/yaml-syntax',
  severity: 'error',
  title: 'YAML files parse',
  description:
    'Every .yaml/.yml file parses as YAML, with no duplicate keys (kustomize and Flux refuse such files). Helm chart templates and other files with {{ }} that do not parse are skipped.',
  source: 'generic',
  citation: '[inference] kustomize, Flux and Argo CD refuse files that do not parse.',
  check: ({ index }) =>
    index.syntaxErrors.map(e => ({
      file: e.file,
      line: e.line,
      message: `${e.file} is not valid YAML: ${e.message}`,
      fix: 'Fix the YAML syntax at this line (indentation, quoting, duplicate keys).',
    })),
};
