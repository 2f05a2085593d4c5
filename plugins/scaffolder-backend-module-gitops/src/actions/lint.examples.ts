import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: "Check the rendered change against the repository's guidelines; fail on errors",
    example: stringify({
      steps: [{ id: 'lint', action: 'gitops:lint', name: 'Check the guidelines', input: { failOn: 'error' } }],
    }),
  },
];
