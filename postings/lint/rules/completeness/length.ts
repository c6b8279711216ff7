import type { Rule } from '../../types.js';
import { bodyWords, formatCount } from '../../text/words.js';

/**
 * Thresholds, in words of published prose (code, links' addresses and HTML
 * not counted). Most job postings run about 300–700 words; recruiting
 * analyses of apply rates generally favour a few hundred words over very
 * short or very long ones. The warnings sit well outside that band so that
 * only postings a reader would call thin or overlong are flagged:
 * under 150 words there is rarely room for the role, duties, requirements,
 * pay, location and how to apply; over 1,200 words is a long read on a phone,
 * and long requirement lists put off qualified applicants.
 */
export const MIN_WORDS = 150;
export const MAX_WORDS = 1_200;
const TYPICAL = '300–700';

export const lengthRule: Rule = {
  meta: {
    id: 'length',
    family: 'completeness',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'length',
    description: 'The posting is neither too short nor too long to read.',
    docs: [
      `Most job postings run ${TYPICAL} words. Under ${MIN_WORDS} words a posting rarely covers the role, the work, the`,
      `requirements, pay, location and how to apply; over ${formatCount(MAX_WORDS)} words it is a long read on a phone, and long lists`,
      'of requirements put off qualified people. Words are counted in the published text: code, link addresses and HTML are not.',
    ].join('\n'),
  },
  check(document) {
    const words = bodyWords(document).length;
    if (words === 0) {
      return [{ message: 'The posting has no text yet.', start: 0, end: 0 }];
    }
    if (words < MIN_WORDS) {
      return [
        {
          message: `The posting text has ${formatCount(words)} ${words === 1 ? 'word' : 'words'}; postings under ${MIN_WORDS} words rarely say enough about the role, the work, the requirements, pay and how to apply. Most postings run ${TYPICAL} words.`,
          start: 0,
          end: 0,
        },
      ];
    }
    if (words > MAX_WORDS) {
      return [
        {
          message: `The posting text has ${formatCount(words)} words; postings over ${formatCount(MAX_WORDS)} words are a long read, especially on a phone. Most postings run ${TYPICAL} words: keep the requirements to what the role needs.`,
          start: 0,
          end: 0,
        },
      ];
    }
    return [];
  },
};
