import type { Rule } from '../types.js';

const FAMILY_TITLES: Record<string, string> = {
  'front-matter': 'Details (front matter)',
  spelling: 'Spelling',
  inclusive: 'Inclusive language',
  completeness: 'Completeness',
  clarity: 'Clarity and Markdown',
  grammar: 'Grammar',
  'job-posting': 'Job boards (schema.org JobPosting)',
};

/**
 * The rules' documentation page (postings/lint/rules/README.md), built from
 * their metadata: one heading per rule, whose anchor is the rule's
 * `docsAnchor`, so a warning's "Learn more" link lands on its rule.
 */
export function ruleDocsPage(rules: readonly Rule[]): string {
  const lines = [
    '# Posting Desk lint rules',
    '',
    'Generated from each rule’s metadata (postings/lint/rules/rule-docs.ts); `UPDATE_RULE_DOCS=1 npx vitest run postings/lint/rules/rule-contract.test.ts` rewrites it.',
    'Turn a rule off or change its severity in `.posting-desk.toml` (`[rules]`, e.g. `spelling = "off"`), or for a passage with',
    '`<!-- posting-desk-disable rule-id -->` … `<!-- posting-desk-enable rule-id -->` or `<!-- posting-desk-disable-next-line rule-id -->`.',
  ];
  for (const family of Object.keys(FAMILY_TITLES)) {
    const members = rules.filter((rule) => rule.meta.family === family);
    if (members.length === 0) continue;
    lines.push('', `## ${FAMILY_TITLES[family]}`);
    for (const { meta } of members) {
      const traits = [`severity: ${meta.severity}`, meta.fixable ? 'fixable' : undefined, meta.hasSuggestions ? 'suggests' : undefined].filter(Boolean).join(', ');
      lines.push('', `### ${meta.docsAnchor}`, '', `${meta.description} (${traits})`, '', meta.docs.replace(/\s*\n\s*/g, ' '));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The anchor GitHub gives a heading: what `docsAnchor` must equal. */
export function headingAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}
