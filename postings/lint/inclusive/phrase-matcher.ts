/**
 * Finds the phrases of a word list in a text: case-insensitive, whole words,
 * the longest phrase first, with exact offsets. A list compiles to one regular
 * expression, once, so a rule costs one pass over the text.
 *
 * Phrase syntax, kept small so that the word lists stay readable:
 * - letters and digits match themselves, in any case;
 * - spaces and hyphens between words match any run of spaces and hyphens with
 *   at most one line break, or nothing: "rock star" finds "rockstar",
 *   "Rock-Star", "rock star";
 * - a comma, semicolon or colon between words is optional, and so are the
 *   spaces around it: "work hard, play hard" finds "work hard play hard";
 * - an apostrophe matches a straight or a curly one (' ’ ‘ ʼ);
 * - "/" matches a slash with optional spaces around it: "he/she", "he / she";
 * - a word ending in "*" matches any word starting with what comes before: "synerg*";
 * - a lone "*" matches any one word, and "{n}" matches a number (digits with an
 *   optional "+", or a number word up to twenty); both are captured, in order,
 *   into PhraseMatch.captures;
 * - any other character matches itself.
 */

export interface PhraseMatch<Entry> {
  start: number;
  end: number;
  /** The text as found. */
  text: string;
  entry: Entry;
  /** The list phrase that matched. */
  phrase: string;
  /** What the wildcards ("*" words, "{n}") matched, in order. */
  captures: string[];
}

export interface PhraseEntry {
  readonly phrases: readonly string[];
}

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const BEFORE_WORD = String.raw`(?<!${WORD_CHAR})`;
const AFTER_WORD = String.raw`(?!${WORD_CHAR})`;
// Between words: spaces and hyphens, and at most one line break (a phrase may
// wrap, but never runs on into the next paragraph or list item).
const SPACE_OR_HYPHEN = String.raw`[ \t\r\u00a0\-\u2010\u2011\u2013\u2014]*(?:\n[ \t\r\u00a0\-\u2010\u2011\u2013\u2014]*)?`;
const SPACE_HYPHEN_OR_PUNCTUATION = String.raw`[ \t\r\u00a0\-\u2010\u2011\u2013\u2014,;:]*(?:\n[ \t\r\u00a0\-\u2010\u2011\u2013\u2014,;:]*)?`;
const APOSTROPHE = `['\u2019\u2018\u02bc]`;
const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?\+?|${NUMBER_WORDS.join('|')})`;
const ANY_WORD = String.raw`[\p{L}\p{N}]+`;

/** The regular-expression source of one phrase; wildcards capture when `capture` is set. */
function phraseSource(phrase: string, capture = false): string {
  const group = (source: string): string => (capture ? `(${source})` : `(?:${source})`);
  let source = '';
  let index = 0;
  while (index < phrase.length) {
    const char = phrase[index] as string;
    if (phrase.startsWith('{n}', index)) {
      source += group(NUMBER);
      index += 3;
    } else if (char === '*') {
      const previous = phrase[index - 1];
      const standsAlone = previous === undefined || !/[\p{L}\p{N}]/u.test(previous);
      source += standsAlone ? group(ANY_WORD) : String.raw`[\p{L}\p{N}]*`;
      index += 1;
    } else if (/[\s,;:\-]/.test(char)) {
      let end = index;
      while (end < phrase.length && /[\s,;:\-]/.test(phrase[end] as string)) end += 1;
      const separator = phrase.slice(index, end);
      source += /[,;:]/.test(separator) ? SPACE_HYPHEN_OR_PUNCTUATION : SPACE_OR_HYPHEN;
      index = end;
    } else if (char === "'" || char === '\u2019') {
      source += APOSTROPHE;
      index += 1;
    } else if (char === '/') {
      source += String.raw`\s*/\s*`;
      index += 1;
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      index += 1;
    }
  }
  return source;
}

interface CompiledPhrase<Entry> {
  entry: Entry;
  phrase: string;
  /** Anchored (sticky) expression that re-reads a match to get its captures. */
  capturing: RegExp | undefined;
}

/** A compiled word list: find every phrase of it in a text. */
export class PhraseMatcher<Entry extends PhraseEntry> {
  private readonly compiled: CompiledPhrase<Entry>[];
  private readonly pattern: RegExp;

  constructor(entries: readonly Entry[]) {
    const phrases = entries.flatMap((entry, order) => entry.phrases.map((phrase) => ({ entry, phrase, order })));
    // Longest first: a regex alternation takes the first alternative that
    // matches, and "his or her" must win over "his".
    phrases.sort((a, b) => b.phrase.length - a.phrase.length || a.order - b.order);
    this.compiled = phrases.map(({ entry, phrase }) => ({
      entry,
      phrase,
      capturing: /\*(?![\p{L}\p{N}])|\{n\}/u.test(phrase) ? new RegExp(phraseSource(phrase, true), 'iuy') : undefined,
    }));
    const alternatives = this.compiled.map(({ phrase }) => `(${phraseSource(phrase)})`);
    this.pattern = new RegExp(`${firstCharacters(phrases.map(({ phrase }) => phrase))}${BEFORE_WORD}(?:${alternatives.join('|')})${AFTER_WORD}`, 'giu');
  }

  /**
   * Every match, left to right, not overlapping. A match `accept` turns down
   * does not hide the text it covered: the search goes on from the next
   * character, so "your mother tongue", turned down as "* mother tongue"
   * ("your" is not a language), is still found as "mother tongue".
   */
  matchAll(text: string, accept: (match: PhraseMatch<Entry>) => boolean = () => true): PhraseMatch<Entry>[] {
    if (this.compiled.length === 0) return [];
    const matches: PhraseMatch<Entry>[] = [];
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = pattern.exec(text)) !== null) {
      const group = found.findIndex((value, index) => index > 0 && value !== undefined);
      const compiled = this.compiled[group - 1];
      if (!compiled) break;
      const match: PhraseMatch<Entry> = {
        start: found.index,
        end: found.index + found[0].length,
        text: found[0],
        entry: compiled.entry,
        phrase: compiled.phrase,
        captures: capturesOf(compiled, text, found.index),
      };
      if (accept(match)) {
        matches.push(match);
        if (match.end === match.start) pattern.lastIndex += 1;
      } else {
        pattern.lastIndex = match.start + 1;
      }
    }
    return matches;
  }
}

/**
 * A lookahead for the characters a match can start with, so that the regex
 * engine skips quickly over text where no phrase can begin instead of trying
 * every alternative at every character. Empty when a phrase starts with a
 * wildcard word (then any letter can start a match).
 */
function firstCharacters(phrases: readonly string[]): string {
  const starts = new Set<string>();
  for (const phrase of phrases) {
    if (phrase.startsWith('{n}')) {
      for (const char of ['0123456789', ...NUMBER_WORDS.map((word) => word[0] as string)].join('')) starts.add(char);
      continue;
    }
    const first = phrase[0];
    if (first === undefined || first === '*') return '';
    const apostrophes = first === "'" || first === '\u2019' ? ["'", '\u2019', '\u2018', '\u02bc'] : [first];
    for (const char of apostrophes) {
      starts.add(char.toLowerCase());
      starts.add(char.toUpperCase());
    }
  }
  const escaped = [...starts].map((char) => char.replace(/[\\\]^-]/g, '\\$&')).join('');
  return escaped.length === 0 ? '' : `(?=[${escaped}])`;
}

function capturesOf<Entry>(compiled: CompiledPhrase<Entry>, text: string, start: number): string[] {
  if (!compiled.capturing) return [];
  compiled.capturing.lastIndex = start;
  const again = compiled.capturing.exec(text);
  return again ? again.slice(1).map((value) => value ?? '') : [];
}
