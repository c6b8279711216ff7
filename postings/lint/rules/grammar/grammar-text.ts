import type { LintDocument } from '../../types.js';

const LIST_ITEM = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]/;
const SENTENCE_END = /[.!?:;]\s*$/;

/**
 * The text the grammar checker reads: the body's prose (everything that is not
 * prose blanked, offsets kept), with each list item ended as a sentence. List
 * items are fragments ("Experience with Python"), not sentences, and
 * without a break a checker reads an item and the next as one sentence. The
 * line break before each item becomes a full stop unless the line already
 * ends a sentence; the text keeps its length, so offsets are the file's.
 */
export function grammarText(document: LintDocument): string {
  const chars = document.prose.split('');
  const { text, bodyStart } = document;
  for (let index = text.indexOf('\n', bodyStart); index !== -1 && index + 1 < text.length; index = text.indexOf('\n', index + 1)) {
    const lineEnd = text.indexOf('\n', index + 1);
    const next = text.slice(index + 1, lineEnd === -1 ? text.length : lineEnd);
    if (!LIST_ITEM.test(next)) continue;
    const before = document.prose.slice(Math.max(bodyStart, index - 200), index);
    if (before.trim() !== '' && !SENTENCE_END.test(before)) chars[index] = '.';
  }
  for (let index = 0; index < bodyStart && index < chars.length; index += 1) if (chars[index] !== '\n') chars[index] = ' ';
  return chars.join('');
}
