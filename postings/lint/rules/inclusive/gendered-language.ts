import { phraseCheck } from '../../inclusive/phrase-check.js';
import { GENDERED_TERMS } from '../../inclusive/wordlists/gendered-terms.js';
import type { Rule } from '../../types.js';

export const genderedLanguage: Rule = {
  meta: {
    id: 'gendered-language',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'gendered-language',
    description: 'Finds gendered words and pronouns ("guys", "salesman", "he/she") and offers neutral ones.',
    docs: 'Job ads that use gendered nouns ("salesman", "chairman", "guys") or assume the hire is a "he" are read as aimed at men, and fewer women apply. Use neutral job titles ("salesperson", "chair") and "they" or "you" for the person you will hire. Pronoun pairs such as "he/she" or "his or her" are flagged too: they are clumsy and leave out people who are neither. A lone "he" or "she" is only flagged when it stands for the generic hire ("the successful candidate … he"), never for a named colleague, in a quotation, or in a programme name; "women" and "men" in equal-opportunity statements are never flagged.',
  },
  check: phraseCheck(GENDERED_TERMS),
};
