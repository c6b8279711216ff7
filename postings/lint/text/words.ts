/**
 * Words in prose, with their offsets. A word is a run of letters and digits,
 * joined across apostrophes ("don't", "Crunch’s"), hyphens ("one-time") and
 * underscores ("user_id"), so that counts match what a reader would count.
 */

import type { LintDocument } from '../types.js';

export interface WordToken {
  text: string;
  /** Offset of the first character (into the string searched). */
  start: number;
  /** Offset after the last character. */
  end: number;
}

// Underscores join too: "selinux_module" is one name, not "selinux module".
const WORD = /[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)*(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)*(?:['’][\p{L}]+)*)*/gu;

/** The words of `prose` between two offsets, in order. */
export function wordsIn(prose: string, from = 0, to = prose.length): WordToken[] {
  const pattern = new RegExp(WORD.source, WORD.flags);
  pattern.lastIndex = from;
  const words: WordToken[] = [];
  for (let match = pattern.exec(prose); match !== null && match.index < to; match = pattern.exec(prose)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    words.push({ text: match[0], start: match.index, end });
  }
  return words;
}

/** How many words `prose` holds between two offsets. */
export function countWords(prose: string, from = 0, to = prose.length): number {
  return wordsIn(prose, from, to).length;
}

/** A count for a message: "1,200". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

const BODY_WORDS = new WeakMap<LintDocument, WordToken[]>();

/**
 * The words of a posting's body prose, offsets into its text. Several rules
 * read them, so they are found once per document.
 */
export function bodyWords(document: LintDocument): WordToken[] {
  let words = BODY_WORDS.get(document);
  if (words === undefined) {
    words = wordsIn(document.prose, document.bodyStart);
    BODY_WORDS.set(document, words);
  }
  return words;
}
