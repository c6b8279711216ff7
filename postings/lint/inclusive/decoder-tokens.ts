/**
 * Splits text into words the way gender-decoder does (app/models.py,
 * JobAd.clean_up_word_list and de_hyphen_non_coded_words), keeping each
 * word's offsets so that a coded word can be pointed at:
 *
 * - every character outside ASCII separates words (so “curly quotes”, dashes
 *   and accented letters do; "naïve" is "na" and "ve", as there);
 * - so do whitespace and . , < > * ? ! " [ ] @ ' : ; ( ) / &
 *   (digits, #, +, _, $, % and the like stay inside a word);
 * - a word with a hyphen is split at its hyphens, unless it starts with one
 *   of the hyphenated coded stems ("co-operative", "self-confident") or with
 *   a hyphen itself (gender-decoder's `word.find("-")` is 0, i.e. false, then).
 *
 * Not copied: gender-decoder edits its word list while looping over it, so the
 * second word of an ad is never split at hyphens. That is a bug with no
 * bearing on normal text, and we split every word alike.
 */

export interface DecoderToken {
  /** The word as written. */
  text: string;
  /** Lower-cased, as gender-decoder compares it. */
  lower: string;
  start: number;
  end: number;
}

/** Character codes that end a word: Python's "\\s" on ASCII, and gender-decoder's punctuation. */
const SEPARATOR_CODES = new Set([...' \t\n\r\f\v.,<>*?!"[]@\':;()/&'].map((char) => char.charCodeAt(0)));

function separates(code: number): boolean {
  return code > 127 || SEPARATOR_CODES.has(code);
}

export function decoderTokens(text: string, hyphenatedStems: readonly string[]): DecoderToken[] {
  const tokens: DecoderToken[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const boundary = index === text.length || separates(text.charCodeAt(index));
    if (!boundary && start === -1) start = index;
    if (boundary && start !== -1) {
      pushWord(tokens, text.slice(start, index), start, hyphenatedStems);
      start = -1;
    }
  }
  return tokens;
}

function pushWord(tokens: DecoderToken[], word: string, start: number, hyphenatedStems: readonly string[]): void {
  const lower = word.toLowerCase();
  const keepWhole = !lower.includes('-') || lower.startsWith('-') || hyphenatedStems.some((stem) => lower.startsWith(stem));
  if (keepWhole) {
    tokens.push({ text: word, lower, start, end: start + word.length });
    return;
  }
  let at = start;
  for (const part of word.split('-')) {
    if (part.length > 0) tokens.push({ text: part, lower: part.toLowerCase(), start: at, end: at + part.length });
    at += part.length + 1;
  }
}
