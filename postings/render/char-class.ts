/** Goldmark's character classes (its util package), so our rules decide as it does. */

const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const UNICODE_PUNCT = /^\p{P}$/u;
const UNICODE_SPACE = /^\s$/u;

/** util.IsPunct: ASCII punctuation only. */
export function isAsciiPunct(char: string | undefined): boolean {
  return char !== undefined && ASCII_PUNCT.test(char);
}

/** util.IsSpace: ASCII white space only. */
export function isAsciiSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\v' || char === '\f' || char === '\r';
}

/** util.IsPunctRune: ASCII punctuation or a Unicode punctuation character. */
export function isPunctRune(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char.charCodeAt(0) < 0x80 ? ASCII_PUNCT.test(char) : UNICODE_PUNCT.test(char);
}

/** Go's unicode.IsPunct: Unicode category P only (so `$`, `+`, `<` are not). */
export function isUnicodePunct(char: string | undefined): boolean {
  return char !== undefined && UNICODE_PUNCT.test(char);
}

export function isSpaceRune(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char.charCodeAt(0) < 0x80 ? isAsciiSpace(char) : UNICODE_SPACE.test(char);
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && /^\p{L}$/u.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && /^\p{Nd}$/u.test(char);
}

export function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
