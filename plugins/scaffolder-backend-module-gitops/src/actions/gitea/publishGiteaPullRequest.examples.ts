import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Open a pull request with the rendered change on a Gitea or Forgejo repository',
    example: stringify({
      steps: [
        {
          id: 'publish',
          action: 'publish:gitea:pull-request',
          name: 'Open a pull request',
          input: {
            repoUrl: 'gitea.example.com?owner=homelab&repo=cluster',
            branchName: 'homeport/whoami',
            title: 'Add whoami',
            description: '- [ ] Create the DNS name whoami.example.com',
            sourcePath: 'changes',
          },
        },
      ],
    }),
  },
];
