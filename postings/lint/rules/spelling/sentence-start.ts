import type { LintDocument } from '../../types.js';

// What may stand between a sentence's end and its first word: spaces, quotes,
// brackets, emphasis markers.
const OPENERS = new Set([' ', '\t', '(', '[', '"', "'", '“', '‘', '*', '_', '`', '~']);
const SENTENCE_END = new Set(['.', '!', '?', ':', '|']);
// The start of a line up to its first word, when that line opens a block: a
// list item, a heading, a block quote (nested ones too), maybe emphasised.
const BLOCK_OPENING = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)[ \t]+)+[(["“‘'*_`~]*$/;
const OPENING_ONLY = /^[ \t(["“‘'*_`~]*$/;

/**
 * Whether the word at `offset` begins a sentence, a list item, a heading, a
 * table cell or a paragraph: the places where an ordinary word is written with
 * a capital. A capital anywhere else suggests a name. A line that merely
 * continues a hard-wrapped paragraph does not count.
 */
export function startsSentence(document: LintDocument, offset: number): boolean {
  const { text, bodyStart } = document;
  const lineStart = Math.max(bodyStart, text.lastIndexOf('\n', offset - 1) + 1);
  const opening = text.slice(lineStart, offset);
  if (BLOCK_OPENING.test(opening)) return true;
  if (OPENING_ONLY.test(opening)) return lineStartsSentence(document, lineStart);
  let index = offset - 1;
  while (OPENERS.has(text.charAt(index))) index -= 1;
  return SENTENCE_END.has(text.charAt(index));
}

/** The first word on a line: a paragraph start, or a wrapped line whose previous line ended a sentence. */
function lineStartsSentence(document: LintDocument, lineStart: number): boolean {
  const { text, bodyStart } = document;
  let index = lineStart - 2;
  while (index >= bodyStart && (text.charAt(index) === ' ' || text.charAt(index) === '\t' || text.charAt(index) === '\r')) index -= 1;
  if (index < bodyStart) return true;
  const last = text.charAt(index);
  return last === '\n' || SENTENCE_END.has(last);
}

/** Whether `offset` falls inside one of the document's headings. */
export function inHeading(document: LintDocument, offset: number): boolean {
  return document.headings.some((heading) => offset >= heading.start && offset < heading.end);
}
