/** One contiguous replacement that turns one text into another. */
export interface TextChange {
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  /** End of the inserted part in the new text. */
  newEnd: number;
}

/**
 * The smallest single replacement between two texts (common prefix and suffix):
 * a keystroke, a paste or an applied fix is one such change.
 */
export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let suffix = 0;
  while (
    suffix < limit - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * Where an offset into an older text stands in a newer one, or undefined when
 * the text around it was edited (a fix for it would no longer be safe).
 */
export function mapOffset(before: string, after: string, offset: number, change = textChange(before, after)): number | undefined {
  return shiftOffset(offset, change);
}

/** Where an offset stands after a known change, or undefined when the change replaced it. */
export function shiftOffset(offset: number, change: TextChange | undefined): number | undefined {
  if (!change) return offset;
  if (offset <= change.start) return offset;
  if (offset >= change.oldEnd) return offset + (change.newEnd - change.oldEnd);
  return undefined;
}

/** A span of an older text in a newer one, or undefined when it was edited or typed against. */
export function mapSpan(before: string, after: string, start: number, end: number): { start: number; end: number } | undefined {
  const change = textChange(before, after);
  // Typing right against a word changes the word: such a span is not safe to replace either.
  if (change && start <= change.oldEnd && end >= change.start) return undefined;
  const mappedStart = mapOffset(before, after, start, change);
  const mappedEnd = mapOffset(before, after, end, change);
  return mappedStart === undefined || mappedEnd === undefined ? undefined : { start: mappedStart, end: mappedEnd };
}
