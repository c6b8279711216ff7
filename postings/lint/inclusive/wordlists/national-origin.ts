/**
 * Language requirements worded as national origin: "native English speaker",
 * "mother tongue", "no accent".
 *
 * Sources: the US EEOC's guidance on national-origin discrimination (a
 * fluency requirement must be job-related; "native speaker" is not
 * fluency), the UK Equality and Human Rights Commission's guidance on job
 * adverts, and alex / retext-equality. Narrowed by us: "native" alone is
 * everywhere in tech ("cloud-native", "React Native", "native app"), so only
 * its language phrases are flagged, and "non-native speakers welcome" is the
 * opposite of the problem.
 */

import type { InclusivePhrase, MatchInContext } from '../phrase-check.js';

const NATIVE = 'asks where someone grew up, not how well they speak: fluent speakers who learned the language later can do the job, and “native speaker” requirements can be national-origin discrimination. Ask for the level you need.';
const ACCENT = 'judges an accent, which is tied to where someone comes from, not how clearly they communicate. Ask for clear spoken communication instead.';

/** Languages whose "native …" phrases are flagged ("native English", "German as a first language"). */
const LANGUAGES = new Set([
  'english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch', 'flemish', 'danish', 'swedish', 'norwegian',
  'finnish', 'icelandic', 'polish', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'greek', 'turkish', 'russian',
  'ukrainian', 'serbian', 'croatian', 'slovenian', 'estonian', 'latvian', 'lithuanian', 'hebrew', 'arabic', 'persian', 'farsi',
  'hindi', 'urdu', 'bengali', 'punjabi', 'tamil', 'mandarin', 'cantonese', 'chinese', 'japanese', 'korean', 'vietnamese',
  'thai', 'indonesian', 'malay', 'tagalog', 'filipino', 'swahili', 'irish', 'welsh', 'catalan', 'basque',
]);

/** Whether the phrase's wildcard matched a language name. */
const namesLanguage = ({ captures }: MatchInContext): boolean => LANGUAGES.has((captures[0] ?? '').toLowerCase());

// "non-native speakers welcome" is inclusive, not a requirement.
const NOT_NON = /non[\s-]*$/i;

export const NATIONAL_ORIGIN: readonly InclusivePhrase[] = [
  { phrases: ['a native * speaker'], alternatives: ['a fluent {1} speaker', 'fluent in {1}'], reason: NATIVE, unlessPrecededBy: NOT_NON },
  { phrases: ['native * speaker'], alternatives: ['fluent {1} speaker'], reason: NATIVE, unlessPrecededBy: NOT_NON },
  { phrases: ['native * speakers'], alternatives: ['fluent {1} speakers'], reason: NATIVE, unlessPrecededBy: NOT_NON },
  { phrases: ['native speaker of', 'native speakers of'], alternatives: ['fluent in'], reason: NATIVE, unlessPrecededBy: NOT_NON },
  { phrases: ['native speaker', 'native-speaker'], alternatives: ['fluent speaker'], reason: NATIVE, unlessPrecededBy: NOT_NON },
  { phrases: ['native speakers'], alternatives: ['fluent speakers'], reason: NATIVE, unlessPrecededBy: NOT_NON },
  { phrases: ['native-level fluency', 'native fluency', 'native-like fluency', 'near-native fluency'], alternatives: ['full professional fluency'], reason: NATIVE },
  { phrases: ['native-level proficiency', 'native proficiency', 'native-like proficiency', 'near-native proficiency'], alternatives: ['full professional proficiency'], reason: NATIVE },
  { phrases: ['native-level *', 'native-like *', 'near-native *'], alternatives: ['fluent {1}'], reason: NATIVE, when: namesLanguage },
  { phrases: ['native *'], alternatives: ['fluent {1}'], reason: NATIVE, unlessPrecededBy: NOT_NON, when: namesLanguage },
  // "English as a first language": a leading wildcard would be tried at every
  // word, so the language is checked before the phrase instead.
  {
    phrases: ['as a first language', 'as your first language', 'as a native language', 'as your native language', 'as a mother tongue', 'as your mother tongue'],
    alternatives: [],
    reason: NATIVE,
    when: ({ text, start }) => LANGUAGES.has(/([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? ''),
  },
  { phrases: ['mother tongue', 'mother-tongue'], alternatives: [], reason: NATIVE },
  { phrases: ['no accent', 'accent-free', 'without an accent', 'without accent', 'unaccented', 'neutral accent', 'accentless'], alternatives: [], reason: ACCENT },
];
