/**
 * The inclusive-language family: gender-coded wording (with the per-posting
 * summary the CLI prints), gendered, age, national-origin and disability
 * wording, hero titles, bro culture, sexualised words, profanity, and culture
 * clichés, competitive culture and hollow perks (info level).
 */

import type { Rule } from '../../types.js';
import { ableistLanguage } from './ableist-language.js';
import { ageBias } from './age-bias.js';
import { broCulture } from './bro-culture.js';
import { competitiveCulture } from './competitive-culture.js';
import { cultureCliches } from './culture-cliches.js';
import { genderCodedWords } from './gender-coded-words.js';
import { genderedLanguage } from './gendered-language.js';
import { heroTitles } from './hero-titles.js';
import { hollowBenefits } from './hollow-benefits.js';
import { nativeSpeaker } from './native-speaker.js';
import { profanity } from './profanity.js';
import { screeningWording } from './screening-wording.js';
import { sexualisedLanguage } from './sexualised-language.js';

export { genderCoding, type GenderCoding, type GenderVerdict } from '../../inclusive/gender-coding.js';

export const inclusiveRules: Rule[] = [
  genderCodedWords,
  genderedLanguage,
  heroTitles,
  ageBias,
  nativeSpeaker,
  ableistLanguage,
  broCulture,
  sexualisedLanguage,
  profanity,
  screeningWording,
  cultureCliches,
  competitiveCulture,
  hollowBenefits,
];
