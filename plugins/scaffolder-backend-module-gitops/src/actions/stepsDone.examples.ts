import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: "Mark mealie's DNS name done, saying how it was checked",
    example: stringify({
      steps: [
        {
          id: 'steps-done',
          action: 'gitops:steps:done',
          name: 'Mark the steps done',
          input: {
            app: 'component:default/mealie',
            steps: ['dns:mealie.lumpiasty.xyz'],
            note: 'The record is at the registrar; dig answers the ingress address.',
          },
        },
      ],
    }),
  },
  {
    description: 'Mark two steps done at once in a named repository',
    example: stringify({
      steps: [
        {
          id: 'steps-done',
          action: 'gitops:steps:done',
          name: 'Mark the steps done',
          input: { repository: 'demo', app: 'mealie', steps: ['openbao:reconcile:mealie', 'secret:secret/authentik/mealie'] },
        },
      ],
    }),
  },
];
