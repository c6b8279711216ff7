/**
 * Hugo's `title` with its default titleCaseStyle, AP, as Hugo implements it
 * (the `transform.Title` of github.com/jdkato/prose): words are runs that
 * start with a letter or digit and end at white space, "-" or "/"; each gets
 * its first letter upper-cased, the rest kept. A small word stays lower case
 * unless it is first or last, follows something other than a space, "-" or
 * "/", follows ": " or "- ", or starts a hyphenated compound ("To-Do").
 */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'en', 'for', 'if', 'in', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'vs', 'vs.', 'via', 'v', 'v.']);

// Go's \s is ASCII white space only.
const WORD = /[\p{N}\p{L}]+[^\t\n\f\r \-/]*/gu;

// Curly quotes and dashes count as their ASCII forms when looking at a word's neighbours.
const ASCII_NEIGHBOURS: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'", '\u2013': '-', '\u2014': '-', '\u2026': '.' };

export function apTitleCase(text: string): string {
  const plain = text.replace(/[\u201c\u201d\u2018\u2019\u2013\u2014\u2026]/g, (char) => ASCII_NEIGHBOURS[char] ?? char);
  // Go's charAt: out of range gives the first character.
  const at = (index: number): string => (index >= 0 && index < plain.length ? (plain[index] as string) : (plain[0] ?? ''));
  return text.replace(WORD, (word, start: number) => {
    const end = start + word.length;
    const lower = word.toLowerCase();
    const before = at(start - 1);
    const bounding = start === 0 || end === plain.length;
    if (
      !bounding &&
      SMALL_WORDS.has(lower) &&
      (before === ' ' || before === '-' || before === '/') &&
      at(start - 2) !== ':' &&
      at(start - 2) !== '-' &&
      (at(end) !== '-' || before === '-')
    ) {
      return lower;
    }
    return upperFirst(word);
  });
}

function upperFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) as number);
  const upper = first.toUpperCase();
  // Go's unicode.ToTitle maps one letter to one letter ("ß" stays "ß").
  return ([...upper].length === 1 ? upper : first) + word.slice(first.length);
}
