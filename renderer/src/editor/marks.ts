import type { TextChange } from '../session/text-change.js';

/** How a warning is underlined: spelling red, errors red, warnings amber, notes blue. */
export type MarkKind = 'spelling' | 'error' | 'warning' | 'info';

/** An underlined span of the body, in offsets of the body the editor holds now. */
export interface Mark {
  id: number;
  start: number;
  end: number;
  kind: MarkKind;
}

/**
 * The marks after an edit, until the next lint replaces them: those after it
 * move with the text, those it touched stretch or shrink with it.
 */
export function shiftMarks(marks: readonly Mark[], change: TextChange): Mark[] {
  const delta = change.newEnd - change.oldEnd;
  const next: Mark[] = [];
  for (const mark of marks) {
    if (mark.end <= change.start) next.push(mark);
    else if (mark.start >= change.oldEnd) next.push({ ...mark, start: mark.start + delta, end: mark.end + delta });
    else {
      const start = Math.min(mark.start, change.start);
      const end = Math.max(start, mark.end >= change.oldEnd ? mark.end + delta : change.newEnd);
      if (end > start) next.push({ ...mark, start, end });
    }
  }
  return next;
}

/** Marks that overlap none before them, in text order: one underline per place. */
export function layoutMarks(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  let reached = -1;
  for (const mark of sorted) {
    if (mark.start < reached) continue;
    kept.push(mark);
    reached = mark.end;
  }
  return kept;
}
