/** A replacement of the text between two offsets (UTF-16 code units). */
export interface TextReplacement {
  /** 0-based, inclusive. */
  start: number;
  /** 0-based, exclusive. */
  end: number;
  text: string;
}

export type SkipReason = 'overlap' | 'out-of-range';

export interface AppliedEdits<E extends TextReplacement> {
  text: string;
  /** In the order applied (by position). */
  applied: E[];
  /** Left out, with why: a later lint pass can offer them again. */
  skipped: { edit: E; reason: SkipReason }[];
}

/**
 * Applies a set of edits at once, the way ESLint's fixer does: sorted by
 * position, each applied to the original text, and an edit that overlaps or
 * touches one already taken is skipped and reported rather than guessed at
 * (two fixes for one place cannot both be right). Offsets count in the text
 * as given, byte-order mark included.
 */
export function applyTextEdits<E extends TextReplacement>(text: string, edits: readonly E[]): AppliedEdits<E> {
  const skipped: AppliedEdits<E>['skipped'] = [];
  const valid = edits.filter((edit) => {
    const inRange = Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length;
    if (!inRange) skipped.push({ edit, reason: 'out-of-range' });
    return inRange;
  });
  // Stable: of two edits at one place, the first given wins.
  const sorted = valid.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  const applied: E[] = [];
  const pieces: string[] = [];
  let last = Number.NEGATIVE_INFINITY;
  let copied = 0;
  for (const { edit } of sorted) {
    if (edit.start <= last) {
      skipped.push({ edit, reason: 'overlap' });
      continue;
    }
    pieces.push(text.slice(copied, edit.start), edit.text);
    copied = edit.end;
    last = edit.end;
    applied.push(edit);
  }
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), applied, skipped };
}
