import type { Speller } from '../types.js';
import { createSpeller, type HunspellDictionary } from './speller.js';

/** The English dictionaries Posting Desk ships, by the variant a site's languageCode names. */
const DICTIONARIES: Record<EnglishVariant, () => Promise<{ default: HunspellDictionary }>> = {
  'en-US': () => import('dictionary-en'),
  'en-GB': () => import('dictionary-en-gb'),
  'en-AU': () => import('dictionary-en-au'),
  'en-CA': () => import('dictionary-en-ca'),
};

export type EnglishVariant = 'en-US' | 'en-GB' | 'en-AU' | 'en-CA';

// British spelling is the norm wherever English is written outside North America and Australia.
const BRITISH = new Set(['gb', 'uk', 'ie', 'nz', 'za', 'in', 'sg', 'hk', 'mt']);

/** The dictionary for a Hugo languageCode ("en-gb", "en_AU", "en", "de"): American English unless it says otherwise. */
export function englishVariant(languageCode: string | undefined): EnglishVariant {
  const region = /^en[-_]([a-z]{2})\b/i.exec(languageCode ?? '')?.[1]?.toLowerCase();
  if (region === 'au') return 'en-AU';
  if (region === 'ca') return 'en-CA';
  if (region !== undefined && BRITISH.has(region)) return 'en-GB';
  return 'en-US';
}

// One parse of each dictionary per process (~0.4 s): the CLI lints many files.
const dictionaries = new Map<EnglishVariant, Promise<HunspellDictionary>>();
// Spellers by dictionary and word list, so linting a whole repository reuses one speller and its caches.
const spellers = new Map<string, Speller>();
const MAX_SPELLERS = 8;

/**
 * The English speller for Node hosts (CLI, main process, workers with file
 * access): the dictionary of the site's variant of English from
 * node_modules, plus the technology vocabulary and `extraWords`, the
 * repository's word list.
 */
export async function loadSpeller(extraWords: readonly string[] = [], variant: EnglishVariant = 'en-US'): Promise<Speller> {
  let dictionary = dictionaries.get(variant);
  if (!dictionary) {
    dictionary = DICTIONARIES[variant]().then((module) => module.default);
    dictionaries.set(variant, dictionary);
  }
  const loaded = await dictionary;
  const key = `${variant}\n${extraWords.join('\n')}`;
  let speller = spellers.get(key);
  if (!speller) {
    speller = createSpeller(loaded, extraWords);
    if (spellers.size >= MAX_SPELLERS) spellers.clear();
    spellers.set(key, speller);
  }
  return speller;
}
