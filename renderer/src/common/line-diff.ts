export interface DiffLine {
  text: string;
  changed: boolean;
}

/**
 * Two versions of a file side by side: the lines they share at the start and
 * the end are plain, the lines between are marked as changed. Enough to see
 * where two versions differ; a full merge view belongs to Compare's own tools.
 */
export function sideBySide(theirs: string, mine: string): { theirs: DiffLine[]; mine: DiffLine[] } {
  const a = theirs.split(/\r?\n/);
  const b = mine.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const mark = (lines: string[]) => lines.map((text, index) => ({ text, changed: index >= start && index < lines.length - end }));
  return { theirs: mark(a), mine: mark(b) };
}
