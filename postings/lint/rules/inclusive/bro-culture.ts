import { phraseCheck } from '../../inclusive/phrase-check.js';
import { BRO_CULTURE } from '../../inclusive/wordlists/bro-culture.js';
import type { Rule } from '../../types.js';

export const broCulture: Rule = {
  meta: {
    id: 'bro-culture',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'bro-culture',
    description: 'Finds "bro" slang ("brogrammer", "dudes", "crush it", "badass") that pictures the team as young men.',
    docs: 'Slang such as "bro", "brogrammer", "dudes", "hardcore", "crush it" or "badass", and mentions of beards, paint the team as a group of young men; women and older candidates read it as a culture they would not fit. Write in plain, professional words.',
  },
  check: phraseCheck(BRO_CULTURE),
};
