/**
 * Small facts about how a word is written: its case pattern, apostrophes,
 * possessive ending, diacritics. Shared by the speller, its word lists and the
 * spelling rule so that all of them agree on what "the same word" means.
 */

const APOSTROPHES = /[\u2019\u2018\u02BC\uFF07]/g;
const HYPHENS = /[\u2010\u2011]/g;

/** NFC, with typographic apostrophes (’) and hyphens (‐) read as the typewriter ones (' and -). */
export function normalizeWord(word: string): string {
  // Plain ASCII, most words: nothing to do (and this runs for every word of every lint).
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word.normalize('NFC').replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

/** "Crunch's" → "Crunch", "clients'" → "clients"; undefined when not possessive. */
export function stripPossessive(word: string): string | undefined {
  const match = /^(.+?)(?:'s|'S|')$/.exec(word);
  return match?.[1];
}

/** Every letter upper case, and at least two letters ("API", "NGINX"). */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{M}'-]*\p{Lu}$/u.test(word);
}

/**
 * A short all-caps token ("SLA", "GDPR", "HIPAA") or its plural ("KPIs").
 * Real typos in short all-caps words are rare, and acronyms are everywhere in
 * postings; longer all-caps words are still checked ("EXPERIANCE").
 */
export function isShortAcronym(word: string): boolean {
  return /^\p{Lu}{2,5}s?$/u.test(word);
}

/** An upper-case letter after the first one, word not all caps: "JavaScript", "iPhone", "rDBMS". */
export function hasInnerCapital(word: string): boolean {
  return !isAllCaps(word) && /^.+\p{Lu}/su.test(word);
}

/** First letter upper case, the rest lower case: "Python", "Demonstratable". */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !hasInnerCapital(word) && !isAllCaps(word);
}

/** "Montréal" → "Montreal". */
export function stripDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

export function containsDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

const ORDINAL = /^(\d*?)(\d)(st|nd|rd|th)$/i;

export function isOrdinalShaped(word: string): boolean {
  return ORDINAL.test(word);
}

/** "1st", "22nd", "11th" are right; "2th", "11st" are not. */
export function isValidOrdinal(word: string): boolean {
  const match = ORDINAL.exec(word);
  if (!match) return false;
  const [, head = '', last = '', suffix = ''] = match;
  const tens = head.slice(-1);
  const expected = tens === '1' ? 'th' : last === '1' ? 'st' : last === '2' ? 'nd' : last === '3' ? 'rd' : 'th';
  return suffix.toLowerCase() === expected;
}

/**
 * Gives a dictionary suggestion the case of the word it replaces:
 * "Demonstratable" → "Demonstrable", "TEH" → "THE". A suggestion whose own
 * form carries capitals ("JavaScript", "London") keeps them.
 */
export function matchCase(original: string, suggestion: string): string {
  const ownCapitals = suggestion !== suggestion.toLowerCase();
  if (isAllCaps(original) && original.length > 1 && !suggestion.includes(' ')) return suggestion.toUpperCase();
  if (ownCapitals) return suggestion;
  if (/^\p{Lu}/u.test(original)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}
