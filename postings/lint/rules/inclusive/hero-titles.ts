import { phraseCheck } from '../../inclusive/phrase-check.js';
import { HERO_TITLES } from '../../inclusive/wordlists/hero-titles.js';
import type { Rule } from '../../types.js';

export const heroTitles: Rule = {
  meta: {
    id: 'hero-titles',
    family: 'inclusive',
    severity: 'warning',
    fixable: false,
    hasSuggestions: true,
    docsAnchor: 'hero-titles',
    description: 'Finds "rockstar", "ninja", "guru" and other hero titles that put qualified people off.',
    docs: 'Hero titles ("rockstar developer", "coding ninja", "marketing guru") say nothing about the skills the job needs and set expectations nobody meets; they read as a boys\' club and put off many women and modest applicants who would do the job well. Use the real job title and describe the level of skill you need. Technical meanings ("hero image", "setup wizard", "Ninja" the build tool, a link to the Guru app) are not flagged.',
  },
  check: phraseCheck(HERO_TITLES),
};
