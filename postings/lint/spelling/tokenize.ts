/** A word of prose and where it is: offsets into the text it was read from. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

// Characters that always end a word. Dots, slashes, @ and _ do not: they hold
// file names, domains, paths and handles together so those can be skipped whole.
const CHUNK = /[^\s,;!?()"“”«»[\]{}<>*|—–…]+/gu;
// Anywhere in a chunk, these mean code, handles or hashtags ("snake_case",
// "@crunch", "#hiring"); inside it, file names, domains or abbreviations
// ("README.md", "crunch.io", "e.g", "B.S", "Node.js", "R&D"). A dictionary
// can judge none of them.
const CODE_OR_HANDLE = /[@\\_=~^`$%#]/u;
const JOINED_BY_SYMBOL = /[.:+&]/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/**
 * The words of a text, for spell checking: runs of letters with inner
 * apostrophes or hyphens ("Crunch’s", "real-life"), each alternative of a
 * slash pair ("UI/UX" gives "UI" and "UX"). Skipped: anything with a digit
 * except an ordinal ("1st"), words not in the Latin alphabet, and chunks that
 * look like code, paths, file names, domains, handles or dotted abbreviations.
 */
export function tokenizeWords(text: string, from = 0, to = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  CHUNK.lastIndex = from;
  for (let match = CHUNK.exec(text); match !== null && match.index < to; match = CHUNK.exec(text)) {
    const raw = match[0].slice(0, Math.max(0, to - match.index));
    readChunk(raw, match.index, tokens);
  }
  return tokens;
}

// Most chunks are a plain word, perhaps with punctuation after it.
const PLAIN_WORD = /^\p{Script=Latin}+(?:['’]\p{Script=Latin}+)?(?=[.,:'’]?$)/u;
const PIECE_SEPARATOR = /\/|-{2,}/g;

function readChunk(raw: string, offset: number, tokens: WordToken[]): void {
  const plain = PLAIN_WORD.exec(raw);
  if (plain) {
    tokens.push({ word: plain[0], start: offset, end: offset + plain[0].length });
    return;
  }
  // A leading or trailing slash or a home-relative start makes it a path ("/jobs", "~/site").
  if (/^[/~]|\/$/.test(raw) || CODE_OR_HANDLE.test(raw)) return;
  const trimmed = trimEdges(raw, offset);
  if (!trimmed || JOINED_BY_SYMBOL.test(trimmed.word)) return;
  let pieceStart = 0;
  PIECE_SEPARATOR.lastIndex = 0;
  for (let match = PIECE_SEPARATOR.exec(trimmed.word); ; match = PIECE_SEPARATOR.exec(trimmed.word)) {
    const pieceEnd = match ? match.index : trimmed.word.length;
    const piece = trimEdges(trimmed.word.slice(pieceStart, pieceEnd), trimmed.start + pieceStart);
    if (piece && isWordShaped(piece.word)) tokens.push(piece);
    if (!match) break;
    pieceStart = match.index + match[0].length;
  }
}

const LEADING_NON_WORD = /^[^\p{L}\p{M}\p{N}]*/u;
const TRAILING_NON_WORD = /[^\p{L}\p{M}\p{N}]*$/u;

function trimEdges(raw: string, offset: number): WordToken | undefined {
  const leading = LEADING_NON_WORD.exec(raw)?.[0].length ?? 0;
  const trailing = TRAILING_NON_WORD.exec(raw.slice(leading))?.[0].length ?? 0;
  const word = raw.slice(leading, raw.length - trailing);
  return word ? { word, start: offset + leading, end: offset + leading + word.length } : undefined;
}

// An English dictionary can only judge words in the Latin alphabet.
const NOT_LATIN = /[^\p{Script=Latin}\p{M}\p{N}'’\u2010\u2011-]/u;

function isWordShaped(word: string): boolean {
  if (!/\p{L}/u.test(word) || NOT_LATIN.test(word)) return false;
  if (/\p{N}/u.test(word)) return ORDINAL.test(word);
  return true;
}
