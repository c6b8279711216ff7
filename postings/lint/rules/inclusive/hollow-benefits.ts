import { phraseCheck } from '../../inclusive/phrase-check.js';
import { HOLLOW_BENEFITS } from '../../inclusive/wordlists/hollow-benefits.js';
import type { Rule } from '../../types.js';

export const hollowBenefits: Rule = {
  meta: {
    id: 'hollow-benefits',
    family: 'inclusive',
    severity: 'info',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'hollow-benefits',
    description: 'Finds office perks offered as benefits (free beer, happy hours, ping-pong tables).',
    docs: 'Beer, happy hours, ping-pong and foosball tables say little about the job, and present a social life built around drinking or games that people who do not drink, parents and carers do not see themselves in. Lead with what candidates look for: pay, flexibility, leave, health cover and development. Coffee, connection pools and games a studio ships are not flagged.',
  },
  check: phraseCheck(HOLLOW_BENEFITS),
};
