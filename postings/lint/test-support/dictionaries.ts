import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSpeller, type HunspellDictionary } from '../spelling/speller.js';
import type { Speller } from '../types.js';

const require = createRequire(import.meta.url);
const read = (name: string): HunspellDictionary => {
  const folder = dirname(require.resolve(name));
  return { aff: readFileSync(join(folder, 'index.aff'), 'utf8'), dic: readFileSync(join(folder, 'index.dic'), 'utf8') };
};

/** American English as text, read once for the lint tests (hosts use postings/repo/dictionaries.ts). */
export const americanDictionary: HunspellDictionary = read('dictionary-en');
export const britishDictionary: HunspellDictionary = read('dictionary-en-gb');

const spellers = new Map<string, Speller>();

/** An American English speller with `words`, shared across a test file. */
export function americanSpeller(words: readonly string[] = []): Speller {
  const key = words.join('\n');
  let speller = spellers.get(key);
  if (!speller) {
    speller = createSpeller([americanDictionary], words, 'en-US');
    spellers.set(key, speller);
  }
  return speller;
}

let either: Speller | undefined;

/** American and British English together: the speller of a site that declares no variant. */
export function eitherSpeller(): Speller {
  either ??= createSpeller([americanDictionary, britishDictionary], [], 'en');
  return either;
}
