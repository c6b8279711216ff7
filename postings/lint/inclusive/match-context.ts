/**
 * Questions about where a match sits in the text, so that word lists can skip
 * the uses that are not what they look like: product and person names
 * ("Postman", "Guru"), quotations. (The text of a link to the product itself
 * is asked in text/links.ts.) All offsets are into the displayed text (see
 * text/displayed-text.ts), whose prose is blanked to spaces around it.
 */

const OPENERS = new Set([' ', '\t', '\r', '\u00a0', '"', "'", '“', '‘', '(', '[', '*', '_']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '\n']);

/** Whether a word at `start` begins a sentence, a line, a list item or a heading. */
export function startsSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && OPENERS.has(text[index] as string)) index -= 1;
  return index < 0 || SENTENCE_ENDS.has(text[index] as string);
}

function wordBefore(text: string, start: number): string {
  const before = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)[\s,]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before?.[1] ?? '';
}

function wordAfter(text: string, end: number): string {
  return /^[\s,]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * Whether the match reads as a name: capitalised in the middle of a sentence,
 * between words that are not ("experience with Postman or Insomnia", "Jia He
 * will"). In Title Case text ("Senior Python Ninja") a capital says nothing,
 * so a neighbour with a capital makes it not a name.
 */
export function readsAsName(text: string, start: number, end: number): boolean {
  if (!capitalised(text.slice(start, end))) return false;
  if (startsSentence(text, start)) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  return !capitalised(before) && !capitalised(after);
}

const BLOCK_MARKER = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|>|\|)/;

/**
 * The start of the paragraph, list item, heading or table row holding
 * `start`. Lines are read in `source`, the file's own text, because the
 * Markdown markers that start a block are blanked in prose; a paragraph may be
 * hard-wrapped over several lines.
 */
export function paragraphStart(source: string, start: number): number {
  let lineStart = source.lastIndexOf('\n', start - 1) + 1;
  while (lineStart > 0) {
    if (BLOCK_MARKER.test(source.slice(lineStart, lineStart + 12))) return lineStart;
    const previousStart = source.lastIndexOf('\n', lineStart - 2) + 1;
    if (source.slice(previousStart, lineStart).trim() === '') return lineStart;
    lineStart = previousStart;
  }
  return 0;
}

/** Whether `start` is inside quotation marks opened earlier in its paragraph: someone's words, not the posting's. */
export function insideQuotation(source: string, text: string, start: number): boolean {
  const before = text.slice(paragraphStart(source, start), start);
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = before.match(/(?<![\p{L}\p{N}])"|"(?![\p{L}\p{N}])/gu)?.length ?? 0;
  return opened > 0 || straight % 2 === 1;
}
