import { phraseCheck } from '../../inclusive/phrase-check.js';
import { SEXUALISED_WORDING } from '../../inclusive/wordlists/sexualised.js';
import type { Rule } from '../../types.js';

export const sexualisedLanguage: Rule = {
  meta: {
    id: 'sexualised-language',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'sexualised-language',
    description: 'Finds sexualised words ("sexy") and derogatory gendered slang.',
    docs: 'Sexualised words ("sexy tech stack") and derogatory gendered slang suggest a workplace where harassment is tolerated and drive many applicants away. Use plain words ("modern", "exciting").',
  },
  check: phraseCheck(SEXUALISED_WORDING),
};
