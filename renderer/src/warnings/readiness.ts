import type { RuleFamily } from '../../../postings/lint/types.js';
import type { Warning } from '../lint/lint-protocol.js';

export interface ReadinessItem {
  label: string;
  /** Warnings that keep this item from a tick. */
  count: number;
}

const CHECKS: { label: string; matches: (warning: Warning) => boolean }[] = [
  { label: 'Pay range', matches: (warning) => /^pay/.test(warning.ruleId) },
  { label: 'Location', matches: (warning) => warning.ruleId === 'location' },
  { label: 'How to apply', matches: (warning) => warning.ruleId === 'how-to-apply' },
  { label: 'Spelling', matches: (warning) => warning.family === 'spelling' },
  { label: 'Inclusive wording', matches: (warning) => warning.family === 'inclusive' },
  { label: 'Details complete', matches: (warning) => warning.family === 'front-matter' },
];

/** The checklist at the top of the Warnings: each a tick, or how many warnings stand in its way. */
export function readiness(warnings: readonly Warning[]): ReadinessItem[] {
  return CHECKS.map((check) => ({ label: check.label, count: warnings.filter(check.matches).length }));
}

export const FAMILY_NAMES: Record<RuleFamily, string> = {
  'front-matter': 'Details',
  spelling: 'Spelling',
  inclusive: 'Inclusive wording',
  completeness: 'What applicants need to know',
  'job-posting': 'Job board listing',
  grammar: 'Grammar',
  clarity: 'Clarity',
};

const FAMILY_ORDER: RuleFamily[] = ['completeness', 'front-matter', 'job-posting', 'spelling', 'grammar', 'inclusive', 'clarity'];

/** Warnings grouped by family, errors first inside each, then in text order. */
export function groupWarnings(warnings: readonly Warning[]): { family: RuleFamily; name: string; warnings: { warning: Warning; index: number }[] }[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return FAMILY_ORDER.map((family) => ({
    family,
    name: FAMILY_NAMES[family],
    warnings: warnings
      .map((warning, index) => ({ warning, index }))
      .filter(({ warning }) => warning.family === family)
      .sort((a, b) => rank[a.warning.severity] - rank[b.warning.severity] || a.warning.line - b.warning.line || a.warning.column - b.warning.column),
  })).filter((group) => group.warnings.length > 0);
}

/** The gender-coding verdict in words for HR staff. */
export function verdictText(verdict: string): string {
  switch (verdict) {
    case 'empty':
      return 'Not enough text yet to judge the wording.';
    case 'neutral':
      return 'The wording is balanced: it does not lean masculine or feminine.';
    case 'masculine-coded':
      return 'The wording leans masculine, which can put some applicants off.';
    case 'strongly masculine-coded':
      return 'The wording leans strongly masculine, which can put some applicants off.';
    case 'feminine-coded':
      return 'The wording leans feminine.';
    case 'strongly feminine-coded':
      return 'The wording leans strongly feminine.';
    default:
      return verdict;
  }
}
