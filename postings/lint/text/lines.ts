/** Lines of a text with their offsets, line breaks excluded. */

export interface TextLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line break (or the end of the text): the line's end, exclusive. */
  end: number;
  text: string;
}

/** The lines of `text` that start at or after `from`, which must be a line start. */
export function linesOf(text: string, from = 0): TextLine[] {
  const lines: TextLine[] = [];
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // A Windows line ending's "\r" belongs to the break, not to the line.
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: contentEnd, text: text.slice(start, contentEnd) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
