/** The English dictionaries Posting Desk ships, named by the variant they spell. */
export type EnglishDictionary = 'en-US' | 'en-GB' | 'en-AU' | 'en-CA';

/**
 * The spelling a site asks for: one variant, or `en` when the site declares
 * none (or only "en"), which accepts American and British spellings alike.
 */
export type EnglishVariant = EnglishDictionary | 'en';

// British spelling is the norm wherever English is written outside North America and Australia.
const BRITISH = new Set(['gb', 'uk', 'ie', 'nz', 'za', 'in', 'sg', 'hk', 'mt']);

/** The variant a Hugo languageCode names ("en-gb", "en_AU", "en-us"); `en` when it names none. */
export function englishVariant(languageCode: string | undefined): EnglishVariant {
  const region = /^en[-_]([a-z]{2})\b/i.exec(languageCode ?? '')?.[1]?.toLowerCase();
  if (region === 'us') return 'en-US';
  if (region === 'au') return 'en-AU';
  if (region === 'ca') return 'en-CA';
  if (region !== undefined && BRITISH.has(region)) return 'en-GB';
  return 'en';
}

/** The dictionaries a variant spells with, in the order the speller consults them. */
export function dictionariesFor(variant: EnglishVariant): EnglishDictionary[] {
  return variant === 'en' ? ['en-US', 'en-GB'] : [variant];
}
