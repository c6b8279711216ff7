import { phraseCheck } from '../../inclusive/phrase-check.js';
import { PROFANITY } from '../../inclusive/wordlists/profanity.js';
import type { Rule } from '../../types.js';

export const profanity: Rule = {
  meta: {
    id: 'profanity',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'profanity',
    description: 'Finds swear words.',
    docs: 'Swearing in a job ad looks unprofessional to most applicants, whatever the company tone, and can put off the people you most want to reach. Whole words only: place names and words that contain a swear word (Scunthorpe, cockpit) are not flagged.',
  },
  check: phraseCheck(PROFANITY),
};
