import { countFindings } from './lintRepository';
import { Finding, RuleDoc, Severity } from './types';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `N errors, N warnings` (and `, N info` when there are any). */
export function summaryLine(findings: readonly Finding[]): string {
  const c = countFindings(findings);
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}${c.info ? `, ${c.info} info` : ''}`;
}

/**
 * One line per finding, `file:line  severity  ruleId  message` (with `hints`, the fix on
 * an indented line below), then the summary line.
 *
 * @public
 */
export function formatText(findings: readonly Finding[], options: { hints?: boolean } = {}): string {
  const lines = findings.flatMap(f => {
    const line = `${f.file}:${f.line}  ${f.severity}  ${f.ruleId}  ${f.message}`;
    return options.hints ? [line, `    fix: ${f.fix}`] : [line];
  });
  return `${[...lines, summaryLine(findings)].join('\n')}\n`;
}

/**
 * The findings as JSON: the profile, every finding, and counts by severity.
 *
 * @public
 */
export function formatJson(findings: readonly Finding[], profile: string): string {
  return `${JSON.stringify({ profile, findings, summary: countFindings(findings) }, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The findings as a SARIF 2.1.0 log, for code scanning in the GitOps repository's CI:
 * every rule of the profile under `tool.driver.rules` (help text and source citation),
 * each finding a result with its location and fix.
 *
 * @public
 */
export function formatSarif(findings: readonly Finding[], rules: readonly RuleDoc[], options: { version?: string } = {}): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'homeport',
            informationUri: 'https://backstage.io',
            ...(options.version ? { version: options.version } : {}),
            rules: rules.map(r => ({
              id: r.id,
              name: r.id.replace(/^.*\//, ''),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: `${r.description}\nSource: ${r.source}, ${r.citation}` },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { source: r.source, citation: r.citation },
            })),
          },
        },
        results: findings.map(f => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: `${f.message}. Fix: ${f.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line },
              },
            },
          ],
          properties: { fix: f.fix, ...(f.app ? { app: f.app } : {}) },
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
