import { phraseCheck } from '../../inclusive/phrase-check.js';
import { COMPETITIVE_CULTURE } from '../../inclusive/wordlists/competitive-culture.js';
import type { Rule } from '../../types.js';

export const competitiveCulture: Rule = {
  meta: {
    id: 'competitive-culture',
    family: 'inclusive',
    severity: 'info',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'competitive-culture',
    description: 'Finds a competitive, winner-takes-all culture ("competitive environment", "cut-throat") and meritocracy claims.',
    docs: 'Describing colleagues as competing with each other ("competitive environment", "cut-throat", "sink or swim") puts off many applicants, women especially, and claims of "meritocracy" are associated with more biased pay decisions, not less. Describe goals, how success is recognised, and how promotion and pay are decided. "Competitive salary" and competing in a market are about pay and business and are not flagged here.',
  },
  check: phraseCheck(COMPETITIVE_CULTURE),
};
