import { formatJson, formatSarif, formatText } from './format';
import { lintRules } from './registry';
import { Finding } from './types';

const FINDINGS: Finding[] = [
  { ruleId: 'flux-lvm-openbao/mutable-tag', severity: 'error', file: 'apps/a/d.yaml', line: 3, message: "tag 'latest' is mutable", fix: 'Pin it.', app: 'a' },
  { ruleId: 'flux-lvm-openbao/renovate-comment', severity: 'warning', file: 'apps/a/r.yaml', line: 9, message: 'no comment', fix: 'Add one.' },
];

describe('report formats', () => {
  it('text: one line per finding, then the counts', () => {
    expect(formatText(FINDINGS)).toBe(
      "apps/a/d.yaml:3  error  flux-lvm-openbao/mutable-tag  tag 'latest' is mutable\napps/a/r.yaml:9  warning  flux-lvm-openbao/renovate-comment  no comment\n1 error, 1 warning\n",
    );
    expect(formatText(FINDINGS.slice(0, 1), { hints: true })).toBe("apps/a/d.yaml:3  error  flux-lvm-openbao/mutable-tag  tag 'latest' is mutable\n    fix: Pin it.\n1 error, 0 warnings\n");
    expect(formatText([])).toBe('0 errors, 0 warnings\n');
  });

  it('json: the findings and the counts', () => {
    expect(JSON.parse(formatJson(FINDINGS, 'flux-lvm-openbao'))).toEqual({ profile: 'flux-lvm-openbao', findings: FINDINGS, summary: { error: 1, warning: 1, info: 0 } });
  });

  it('sarif 2.1.0: the rules with help, the results with locations', () => {
    const rules = lintRules('flux-lvm-openbao');
    const log = JSON.parse(formatSarif(FINDINGS, rules));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('homeport');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map(r => r.id));
    const tag = run.tool.driver.rules.find((r: { id: string }) => r.id === 'flux-lvm-openbao/mutable-tag');
    expect(tag).toMatchObject({ shortDescription: { text: 'Images are pinned to exact versions' }, defaultConfiguration: { level: 'error' }, properties: { source: 'L06' } });
    expect(tag.help.text).toContain('Source: L06');
    expect(run.results[1]).toEqual({
      ruleId: 'flux-lvm-openbao/renovate-comment',
      ruleIndex: rules.findIndex(r => r.id === 'flux-lvm-openbao/renovate-comment'),
      level: 'warning',
      message: { text: 'no comment. Fix: Add one.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/a/r.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 9 } } }],
      properties: { fix: 'Add one.' },
    });
  });
});
