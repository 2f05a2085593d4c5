export { lintRepository, sortFindings, countFindings } from './lintRepository';
export { lintChangeSet } from './lintChangeSet';
export { lintRules, LINT_PROFILE_IDS } from './registry';
export { formatText, formatJson, formatSarif, summaryLine } from './format';
export type { Finding, LintOptions, RuleDoc, RuleLevel, Severity } from './types';
