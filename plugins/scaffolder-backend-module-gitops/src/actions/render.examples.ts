import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Render a web app from a container image with an HTTP exposure',
    example: stringify({
      steps: [
        {
          id: 'render',
          action: 'gitops:render',
          name: 'Render the manifests',
          input: {
            specs: [
              {
                kind: 'app',
                name: 'whoami',
                owner: 'group:default/platform',
                source: { type: 'image', repository: 'traefik/whoami', tag: 'v1.10.3', ports: [{ name: 'http', port: 80 }] },
              },
              { kind: 'http', app: 'whoami' },
            ],
          },
        },
      ],
    }),
  },
  {
    description: 'Add a PostgreSQL database and a secret to an existing app',
    example: stringify({
      steps: [
        {
          id: 'render',
          action: 'gitops:render',
          name: 'Render the manifests',
          input: {
            repository: 'demo',
            specs: [
              { kind: 'postgres', app: 'podinfo', size: '2Gi' },
              { kind: 'secret', app: 'podinfo', name: 'podinfo-api', path: 'podinfo/api', keys: ['token'] },
            ],
          },
        },
      ],
    }),
  },
];
