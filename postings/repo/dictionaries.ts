import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSpeller, type HunspellDictionary } from '../lint/spelling/speller.js';
import { dictionariesFor, type EnglishDictionary, type EnglishVariant } from '../lint/spelling/variant.js';
import type { Speller } from '../lint/types.js';

const PACKAGES: Record<EnglishDictionary, string> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-AU': 'dictionary-en-au',
  'en-CA': 'dictionary-en-ca',
};

const require = createRequire(import.meta.url);
// One read of each dictionary per process, and the same object every time, so the speller parses it once.
const texts = new Map<EnglishDictionary, Promise<HunspellDictionary>>();

function readDictionary(name: EnglishDictionary): Promise<HunspellDictionary> {
  let text = texts.get(name);
  if (!text) {
    // The packages export only their index.js, which reads the two files beside it.
    const folder = dirname(require.resolve(PACKAGES[name]));
    text = Promise.all([readFile(join(folder, 'index.aff'), 'utf8'), readFile(join(folder, 'index.dic'), 'utf8')]).then(([aff, dic]) => ({ aff, dic }));
    texts.set(name, text);
  }
  return text;
}

/**
 * The Hunspell dictionaries a variant of English spells with, as text read
 * from the installed dictionary-* packages: what `createSpeller` takes, and
 * what a host sends to the editor's lint worker (plain strings, JSON-safe).
 */
export function readEnglishDictionaries(variant: EnglishVariant): Promise<HunspellDictionary[]> {
  return Promise.all(dictionariesFor(variant).map(readDictionary));
}

// Spellers by variant and word list, so linting a whole repository reuses one speller and its caches.
const spellers = new Map<string, Speller>();
const MAX_SPELLERS = 8;

/** The speller for Node hosts (CLI, API handlers): the variant's dictionaries, the technology vocabulary and the repository's words. */
export async function loadSpeller(words: readonly string[] = [], variant: EnglishVariant = 'en'): Promise<Speller> {
  const dictionaries = await readEnglishDictionaries(variant);
  const key = `${variant}\n${words.join('\n')}`;
  let speller = spellers.get(key);
  if (!speller) {
    speller = createSpeller(dictionaries, words, variant);
    if (spellers.size >= MAX_SPELLERS) spellers.clear();
    spellers.set(key, speller);
  }
  return speller;
}
