import type { Rule } from '../../types.js';
import { duplicateReport, listOf } from './duplicates-in-repository.js';

export const duplicateWeightRule: Rule = {
  meta: {
    id: 'duplicate-weight',
    family: 'front-matter',
    severity: 'info',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'duplicate-weight',
    description: 'Published postings have different weights, so their order on the site is the one you chose.',
    docs: 'Hugo lists pages by weight; postings with equal weights fall back to date order. That is often fine, so this is only a note.',
  },
  check(document, context) {
    return duplicateReport(
      document,
      context,
      'weight',
      (field, other) => field.value.type === 'integer' && other.weight !== undefined && other.weight === field.value.value,
      (others) => `Other published postings have the same weight, so Hugo orders them by date: ${listOf(others)}`,
    );
  },
};
