/**
 * The underline layer under the textarea keeps its text in blocks of about
 * BLOCK_LINES lines, one text node each: a keystroke lays out one block again,
 * not the whole posting. These are the pure parts: splitting, and turning a
 * text change into edits of the blocks.
 */
export const BLOCK_LINES = 24;

/** Splits text into blocks that each end after a line break (the last may not). */
export function splitIntoBlocks(text: string, lines = BLOCK_LINES): string[] {
  const blocks: string[] = [];
  let start = 0;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      count += 1;
      if (count === lines) {
        blocks.push(text.slice(start, index + 1));
        start = index + 1;
        count = 0;
      }
    }
  }
  if (start < text.length || blocks.length === 0) blocks.push(text.slice(start));
  return blocks;
}

/** One replacement inside one block, in the block's own offsets. */
export interface BlockEdit {
  block: number;
  offset: number;
  deleteCount: number;
  insert: string;
}

/**
 * The block edits for replacing text[start, oldEnd) by `insert`: the insert
 * goes into the block where the change starts, and the deleted part is taken
 * out of that block and the following ones. Block lengths are the current
 * lengths of the blocks' text.
 */
export function blockEdits(lengths: readonly number[], start: number, oldEnd: number, insert: string): BlockEdit[] {
  const edits: BlockEdit[] = [];
  let blockStart = 0;
  let remaining = oldEnd - start;
  let inserted = false;
  for (let block = 0; block < lengths.length; block += 1) {
    const length = lengths[block] ?? 0;
    const blockEnd = blockStart + length;
    const isLast = block === lengths.length - 1;
    // The change starts in this block; at a block boundary it goes to the start of the next one.
    if (!inserted && (start < blockEnd || isLast)) {
      const offset = start - blockStart;
      const deleteCount = Math.min(remaining, length - offset);
      edits.push({ block, offset, deleteCount, insert });
      remaining -= deleteCount;
      inserted = true;
    } else if (inserted && remaining > 0) {
      const deleteCount = Math.min(remaining, length);
      edits.push({ block, offset: 0, deleteCount, insert: '' });
      remaining -= deleteCount;
    }
    if (inserted && remaining === 0) break;
    blockStart = blockEnd;
  }
  return edits;
}

/** Applies block edits to block texts (the DOM layer does the same with Text.replaceData). */
export function applyBlockEdits(blocks: readonly string[], edits: readonly BlockEdit[]): string[] {
  const next = [...blocks];
  for (const edit of edits) {
    const text = next[edit.block] ?? '';
    next[edit.block] = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.deleteCount);
  }
  return next;
}

/** The block and the offset inside it of an offset into the whole text. */
export function locate(lengths: readonly number[], offset: number): { block: number; offset: number } {
  let blockStart = 0;
  for (let block = 0; block < lengths.length; block += 1) {
    const length = lengths[block] ?? 0;
    if (offset < blockStart + length || block === lengths.length - 1) return { block, offset: Math.min(offset - blockStart, length) };
    blockStart += length;
  }
  return { block: 0, offset: 0 };
}
