import { phraseCheck } from '../../inclusive/phrase-check.js';
import { NATIONAL_ORIGIN } from '../../inclusive/wordlists/national-origin.js';
import type { Rule } from '../../types.js';

export const nativeSpeaker: Rule = {
  meta: {
    id: 'native-speaker',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'native-speaker',
    description: 'Finds language requirements worded as national origin ("native English speaker") and offers "fluent".',
    docs: 'A requirement to be a "native speaker", to have a language as "mother tongue", or to have "no accent" screens people by where they grew up rather than by how well they communicate, and can be national-origin discrimination. Say the level you need: "fluent in English", "full professional proficiency in German". Technical uses of "native" (cloud-native, React Native, native apps) are not flagged.',
  },
  check: phraseCheck(NATIONAL_ORIGIN),
};
