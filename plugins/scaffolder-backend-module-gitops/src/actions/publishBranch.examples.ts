import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Push the rendered change as branch homeport/whoami',
    example: stringify({
      steps: [
        {
          id: 'publish',
          action: 'gitops:publish:branch',
          name: 'Push a branch',
          input: { branch: 'homeport/whoami', message: 'Add whoami' },
        },
      ],
    }),
  },
];
