import { phraseCheck } from '../../inclusive/phrase-check.js';
import { CULTURE_CLICHES } from '../../inclusive/wordlists/culture-cliches.js';
import type { Rule } from '../../types.js';

export const cultureCliches: Rule = {
  meta: {
    id: 'culture-cliches',
    family: 'inclusive',
    severity: 'info',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'culture-cliches',
    description: 'Finds culture clichés ("work hard, play hard", "hit the ground running", "fast-paced") and buzzwords.',
    docs: 'Slogans like "work hard, play hard", "hit the ground running", "wear many hats", "like a family" or "drama-free" are meant to sound attractive, but many readers hear long hours, no onboarding, an unclear role or blurred boundaries, and people with caring duties are the first to opt out. Buzzwords ("synergy", "paradigm shift") say little and are hard going for second-language readers. Replace them with facts: hours, onboarding, responsibilities, how the team works.',
  },
  check: phraseCheck(CULTURE_CLICHES),
};
