import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Remove podinfo (no data): its folder and its line in apps/kustomization.yaml',
    example: stringify({
      steps: [
        {
          id: 'decommission',
          action: 'gitops:decommission',
          name: 'Remove the service',
          input: { app: 'component:default/podinfo' },
        },
      ],
    }),
  },
  {
    description: 'Remove mealie but keep its data volume and its database',
    example: stringify({
      steps: [
        {
          id: 'decommission',
          action: 'gitops:decommission',
          name: 'Remove the service',
          input: { repository: 'demo', app: 'mealie', keepData: true },
        },
      ],
    }),
  },
];
