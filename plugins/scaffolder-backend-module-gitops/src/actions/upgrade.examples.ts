import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: "Change podinfo's image tag (the renovate comment beside it stays)",
    example: stringify({
      steps: [
        {
          id: 'upgrade',
          action: 'gitops:upgrade',
          name: 'Upgrade the service',
          input: { app: 'component:default/podinfo', tag: '6.9.2' },
        },
      ],
    }),
  },
  {
    description: "Change a chart's version, the replicas and the memory limit together",
    example: stringify({
      steps: [
        {
          id: 'upgrade',
          action: 'gitops:upgrade',
          name: 'Upgrade the service',
          input: { repository: 'demo', app: 'podinfo', chartVersion: '6.10.0', replicas: 2, memoryLimit: '128Mi' },
        },
      ],
    }),
  },
  {
    description: 'Change the tag of one image of a service that runs several',
    example: stringify({
      steps: [
        {
          id: 'upgrade',
          action: 'gitops:upgrade',
          name: 'Upgrade the service',
          input: { app: 'llama', imageRepository: 'caddy', tag: '2.11.5-alpine' },
        },
      ],
    }),
  },
];
