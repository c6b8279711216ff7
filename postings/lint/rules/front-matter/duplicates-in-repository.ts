import type { FrontMatterField, LintContext, LintDocument, Report, RepositoryFacts } from '../../types.js';

type Posting = RepositoryFacts['postings'][number];

/**
 * Finds other published postings sharing a value with this one. Drafts are
 * left out on both sides: a draft that copies a live posting is usually its
 * next version, not a mistake.
 */
export function duplicateReport(
  document: LintDocument,
  context: LintContext,
  key: 'title' | 'weight',
  same: (field: FrontMatterField, other: Posting) => boolean,
  message: (others: string[]) => string,
): Report[] {
  const field = document.field(key);
  const postings = context.repository?.postings;
  if (!field || !postings) return [];
  const draft = document.field('draft');
  if (draft?.value.type === 'boolean' && draft.value.value) return [];
  const others = postings.filter((other) => other.draft !== true && other.path !== document.path && same(field, other)).map((other) => other.path);
  return others.length === 0 ? [] : [{ message: message(others), start: field.valueStart, end: field.valueEnd }];
}

export function listOf(paths: string[]): string {
  return paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`;
}
