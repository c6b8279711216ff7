import type { Speller } from '../types.js';
import { createSpeller, type HunspellDictionary } from './speller.js';

// One parse of dictionary-en per process (~0.4 s): the CLI lints many files.
let dictionary: Promise<HunspellDictionary> | undefined;
// Spellers by word list, so linting a whole repository reuses one speller and its caches.
const spellers = new Map<string, Speller>();
const MAX_SPELLERS = 8;

/**
 * The English speller for Node hosts (CLI, main process, workers with file
 * access): dictionary-en from node_modules plus the technology vocabulary and
 * `extraWords`, the repository's word list.
 */
export async function loadSpeller(extraWords: readonly string[] = []): Promise<Speller> {
  dictionary ??= import('dictionary-en').then((module) => module.default);
  const loaded = await dictionary;
  const key = extraWords.join('\n');
  let speller = spellers.get(key);
  if (!speller) {
    speller = createSpeller(loaded, extraWords);
    if (spellers.size >= MAX_SPELLERS) spellers.clear();
    spellers.set(key, speller);
  }
  return speller;
}
