/**
 * The offline English speller, without file access (the renderer and
 * workers build it from dictionary text they are handed). Node hosts load it
 * with `loadSpeller` from ./load-speller.js.
 */
export { createSpeller, MAX_SUGGESTIONS, suggestionBound, type HunspellDictionary } from './speller.js';
export { tokenizeWords, type WordToken } from './tokenize.js';
export { createWordList, parseWordLines, type WordList } from './word-list.js';
export { TECH_WORDS } from './tech-words.js';
