import fs from 'node:fs';
import path from 'node:path';
import { chartHttpService, chartServiceAccount } from '@homeport/plugin-gitops-common';
import { deriveChartFacts } from './deriveChartFacts';
import { FIXTURES, packChart } from '../testUtils';
import { unpackChart } from './unpackChart';

/** The facts gitops-common's tests render with: what the reader must derive from the fixtures. */
function expectedFacts(name: string): unknown {
  const common = path.dirname(require.resolve('@homeport/plugin-gitops-common/package.json'));
  return JSON.parse(fs.readFileSync(path.join(common, 'src/charts/__fixtures__', `${name}.facts.json`), 'utf8'));
}

function filesOf(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of filesOf(dir, rel)) files.set(k, v);
    else files.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
  }
  return files;
}

describe('deriveChartFacts', () => {
  it('reads the podinfo-shaped chart: its fullname Service on service.externalPort, no ServiceAccount by default, image keys', async () => {
    const facts = deriveChartFacts(await unpackChart(await packChart('podinfo'), 1024 * 1024));
    expect(facts).toEqual(expectedFacts('podinfo'));
    expect(chartHttpService(facts, 'web', {})).toEqual({ name: 'web-podinfo', port: 9898 });
    expect(chartHttpService(facts, 'podinfo', { service: { externalPort: 8080 } })).toEqual({ name: 'podinfo', port: 8080 });
    expect(chartServiceAccount(facts, 'podinfo', {})).toEqual({ created: false });
    expect(chartServiceAccount(facts, 'podinfo', { serviceAccount: { enabled: true } })).toEqual({ created: true, name: 'podinfo' });
  });

  it('reads the gitea-shaped chart: <fullname>-http on port 3000 beside -ssh, the ServiceAccount it creates, registry and repository keys', () => {
    const facts = deriveChartFacts(filesOf(path.join(FIXTURES, 'gitea')));
    expect(facts).toEqual(expectedFacts('gitea'));
    expect(chartHttpService(facts, 'gitea', {})).toEqual({ name: 'gitea-http', port: 3000 });
    expect(chartServiceAccount(facts, 'gitea', {})).toEqual({ created: true, name: 'gitea' });
    expect(chartServiceAccount(facts, 'code', { fullnameOverride: 'forge' })).toEqual({ created: true, name: 'forge' });
  });

  it('says what it could not decide', () => {
    const files = filesOf(path.join(FIXTURES, 'gitea'));
    files.set('templates/_helpers.tpl', '{{- define "gitea.fullname" -}}{{ .Release.Name }}{{- end -}}');
    files.set('templates/gitea/ssh-svc.yaml', files.get('templates/gitea/ssh-svc.yaml')!.replace('ssh', 'http'));
    files.set(
      'templates/gitea/serviceaccount.yaml',
      files.get('templates/gitea/serviceaccount.yaml')!.replace('.Values.serviceAccount.create', 'and .Values.serviceAccount.create .Values.rbac.enabled'),
    );
    files.set('values.yaml', 'service: { http: { port: 3000 }, ssh: { port: 22 } }\nserviceAccount: { create: true }\n');
    expect(deriveChartFacts(files)).toEqual({
      chart: 'gitea',
      version: '12.4.0',
      undecided: [
        { about: 'fullname', reason: 'its fullname helper is not the conventional one (fullnameOverride, else the release name with the chart name)' },
        { about: 'httpService', reason: 'the name of the Service in templates/gitea/http-svc.yaml is {{ include "gitea.fullname" . }}-http' },
        { about: 'httpService', reason: 'the name of the Service in templates/gitea/ssh-svc.yaml is {{ include "gitea.fullname" . }}-http' },
        { about: 'httpService', reason: 'no Service it could read is rendered by default' },
        { about: 'serviceAccount', reason: 'templates/gitea/serviceaccount.yaml is rendered only when and .Values.serviceAccount.create .Values.rbac.enabled' },
        { about: 'image', reason: 'values.yaml has no image.repository and image.tag' },
      ],
    });
  });
});
