/**
 * The offline English speller, without file access: hosts read the
 * dictionary texts (postings/repo/dictionaries.ts) and the renderer's lint
 * worker receives them through the API; either builds the speller with
 * `createSpeller`.
 */
export { createSpeller, MAX_SUGGESTIONS, suggestionBound, type HunspellDictionary } from './speller.js';
export { dictionariesFor, englishVariant, type EnglishDictionary, type EnglishVariant } from './variant.js';
export { isNeverSuggested } from './never-suggest.js';
export { tokenizeWords, type WordToken } from './tokenize.js';
export { createWordList, parseWordLines, type WordList } from './word-list.js';
export { TECH_WORDS } from './tech-words.js';
