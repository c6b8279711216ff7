import type { Rule } from '../../types.js';
import { duplicateReport, listOf } from './duplicates-in-repository.js';

export const duplicateTitleRule: Rule = {
  meta: {
    id: 'duplicate-title',
    family: 'front-matter',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'duplicate-title',
    description: 'No other published posting has the same title.',
    docs: 'Two live postings with the same title confuse applicants and split applications between them. Make the titles distinct (team, level or location) or unpublish the old one.',
  },
  check(document, context) {
    return duplicateReport(
      document,
      context,
      'title',
      (field, other) => field.value.type === 'string' && other.title !== undefined && other.title.trim().toLowerCase() === field.value.value.trim().toLowerCase(),
      (others) => `Another published posting has the same title: ${listOf(others)}`,
    );
  },
};
