import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Clone the first configured GitOps repository into ./repo',
    example: stringify({
      steps: [{ id: 'checkout', action: 'gitops:checkout', name: 'Check out the GitOps repository' }],
    }),
  },
  {
    description: 'Clone the repository with id `demo` into ./gitops',
    example: stringify({
      steps: [
        {
          id: 'checkout',
          action: 'gitops:checkout',
          name: 'Check out the GitOps repository',
          input: { repository: 'demo', targetPath: 'gitops' },
        },
      ],
    }),
  },
];
