import { phraseCheck } from '../../inclusive/phrase-check.js';
import { ABLEIST_WORDING } from '../../inclusive/wordlists/ableist.js';
import type { Rule } from '../../types.js';

export const ableistLanguage: Rule = {
  meta: {
    id: 'ableist-language',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'ableist-language',
    description: 'Finds disability used as a figure of speech ("crazy", "tone-deaf", "sanity check") and dated disability terms.',
    docs: 'Idioms that use illness or disability for something bad ("crazy", "insane", "lame", "tone-deaf", "blind spot", "sanity check") can read as a slight to disabled applicants, who are already under-represented, and a plainer word is usually clearer. Dated terms ("able-bodied", "wheelchair-bound", "handicapped") are flagged with current ones. Real physical requirements ("able to lift 20 kg") are fine: state them plainly and mention reasonable adjustments.',
  },
  check: phraseCheck(ABLEIST_WORDING),
};
