/** A list item line: optional indent, a bullet or a number, then a space. */
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]/;

export interface IndentEdit {
  /** The lines' span in the text, replaced by `text`. */
  start: number;
  end: number;
  text: string;
  /** The selection afterwards. */
  selectionStart: number;
  selectionEnd: number;
}

/**
 * Tab on list items indents them (Shift+Tab outdents); anywhere else it
 * returns undefined so Tab moves focus on, as it does everywhere in the app.
 */
export function listIndent(text: string, selectionStart: number, selectionEnd: number, outdent: boolean, unit = '  '): IndentEdit | undefined {
  const start = text.lastIndexOf('\n', selectionStart - 1) + 1;
  const endBreak = text.indexOf('\n', Math.max(selectionEnd - (selectionEnd > selectionStart && text[selectionEnd - 1] === '\n' ? 1 : 0), selectionStart));
  const end = endBreak === -1 ? text.length : endBreak;
  const lines = text.slice(start, end).split('\n');
  if (!lines.every((line) => LIST_ITEM.test(line) || line.trim() === '')) return undefined;
  if (!lines.some((line) => LIST_ITEM.test(line))) return undefined;
  const removed: number[] = [];
  const changed = lines.map((line) => {
    if (line.trim() === '') {
      removed.push(0);
      return line;
    }
    if (!outdent) {
      removed.push(-unit.length);
      return unit + line;
    }
    const cut = line.startsWith(unit) ? unit.length : line.startsWith('\t') || line.startsWith(' ') ? 1 : 0;
    removed.push(cut);
    return line.slice(cut);
  });
  const first = removed[0] ?? 0;
  const total = removed.reduce((sum, value) => sum + value, 0);
  const column = selectionStart - start;
  return {
    start,
    end,
    text: changed.join('\n'),
    selectionStart: start + Math.max(0, column - first),
    selectionEnd: Math.max(start, selectionEnd - total),
  };
}
