import { textChange } from '../session/text-change.js';
import { layoutMarks, shiftMarks, type Mark } from './marks.js';
import { BLOCK_LINES, blockEdits, splitIntoBlocks, type BlockEdit } from './mirror-blocks.js';

/** How far outside the visible part of the text underlines are still drawn, in pixels. */
const MARGIN = 600;

/**
 * The layer under the textarea that draws the wavy underlines: a copy of the
 * text in the same font, padding and wrapping, with transparent letters and
 * the warnings wrapped in underlined spans. It is kept in blocks of about 24
 * lines (every block but the last ends with a line break), follows each edit
 * by the smallest change to its text nodes, and draws spans only in the
 * blocks near the view, so a keystroke lays out one block of a long posting.
 */
export class UnderlineLayer {
  private blocks: HTMLDivElement[] = [];
  private texts: string[] = [];
  private text = '';
  private marks: Mark[] = [];
  /** What each block shows now ('' for plain text). */
  private drawn = new Map<HTMLDivElement, string>();
  private readonly tail: HTMLDivElement;
  private frame = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly scroller: () => HTMLElement | null,
  ) {
    root.textContent = '';
    // The textarea shows a line after a final line break; so must the layer, or its last line is cut off.
    this.tail = document.createElement('div');
    this.tail.textContent = '\u200b';
    root.append(this.tail);
  }

  setText(next: string): void {
    if (this.blocks.length === 0 || next === '' || this.text === '') {
      this.rebuild(next);
      return;
    }
    const change = textChange(this.text, next);
    if (!change) return;
    const edits = blockEdits(this.texts.map((text) => text.length), change.start, change.oldEnd, next.slice(change.start, change.newEnd));
    for (const edit of edits) this.editBlock(edit);
    this.text = next;
    this.marks = shiftMarks(this.marks, change);
    this.keepBlocksWhole(edits[0]?.block ?? 0);
    this.updateTail();
  }

  setMarks(marks: readonly Mark[]): void {
    this.marks = layoutMarks(marks);
    this.schedule();
  }

  /** Draws the underlines near the view again (after scrolling or a new lint). */
  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  dispose(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.root.textContent = '';
  }

  /** The mark under a point of the screen (the layer takes no pointer events: its spans' boxes are tested). */
  markAt(x: number, y: number): { id: number; rect: DOMRect } | undefined {
    for (const span of this.root.querySelectorAll<HTMLElement>('span[data-mark]')) {
      for (const rect of span.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2) return { id: Number(span.dataset.mark), rect };
      }
    }
    return undefined;
  }

  /** The marks at an offset of the text (the caret). */
  marksAt(offset: number): Mark[] {
    return this.marks.filter((mark) => offset >= mark.start && offset <= mark.end);
  }

  /** How far down the scrolled content the text at an offset is, in pixels (for scrolling to it). */
  topOf(offset: number): number | undefined {
    const { node, local } = this.position(offset) ?? {};
    if (!node || local === undefined) return undefined;
    const range = document.createRange();
    range.setStart(node, local);
    range.setEnd(node, Math.min(node.length, local + 1));
    const rect = range.getBoundingClientRect();
    const scroller = this.scroller();
    return scroller ? rect.top - scroller.getBoundingClientRect().top + scroller.scrollTop : rect.top;
  }

  /** The body line (1-based, with a fraction) at a height of the layer. */
  lineAt(top: number): number {
    let line = 1;
    for (let index = 0; index < this.blocks.length; index += 1) {
      const block = this.blocks[index] as HTMLDivElement;
      const lines = countLines(this.texts[index] ?? '');
      if (top < block.offsetTop + block.offsetHeight || index === this.blocks.length - 1) {
        const fraction = block.offsetHeight > 0 ? Math.max(0, Math.min(1, (top - block.offsetTop) / block.offsetHeight)) : 0;
        return line + fraction * lines;
      }
      line += lines;
    }
    return line;
  }

  private rebuild(text: string): void {
    for (const block of this.blocks) block.remove();
    this.drawn.clear();
    this.texts = splitIntoBlocks(text);
    this.blocks = this.texts.map((blockText) => this.createBlock(blockText));
    this.root.insertBefore(fragmentOf(this.blocks), this.tail);
    this.text = text;
    this.marks = [];
    this.updateTail();
  }

  private createBlock(text: string): HTMLDivElement {
    const block = document.createElement('div');
    block.append(document.createTextNode(text));
    this.drawn.set(block, '');
    return block;
  }

  private editBlock({ block, offset, deleteCount, insert }: BlockEdit): void {
    const element = this.blocks[block];
    if (!element) return;
    const text = this.texts[block] ?? '';
    this.texts[block] = text.slice(0, offset) + insert + text.slice(offset + deleteCount);
    const nodes = textNodesOf(element);
    if (nodes.length === 0) {
      element.append(document.createTextNode(insert));
      return;
    }
    let position = 0;
    let remaining = deleteCount;
    let inserted = false;
    nodes.forEach((node, index) => {
      const length = node.length;
      const end = position + length;
      if (!inserted && (offset < end || index === nodes.length - 1)) {
        const local = Math.min(length, offset - position);
        const count = Math.min(remaining, length - local);
        node.replaceData(local, count, insert);
        remaining -= count;
        inserted = true;
      } else if (inserted && remaining > 0) {
        const count = Math.min(remaining, length);
        node.deleteData(0, count);
        remaining -= count;
      }
      position = end;
    });
  }

  /** Every block but the last ends with a line break; a block grown past twice its size is split. */
  private keepBlocksWhole(from: number): void {
    let index = Math.max(0, from - 1);
    while (index < this.blocks.length - 1 && index <= from + 1) {
      const text = this.texts[index] ?? '';
      if (text.endsWith('\n')) {
        index += 1;
        continue;
      }
      // A block that lost its last line break continues on the next block's first line: join them.
      const block = this.blocks[index] as HTMLDivElement;
      const next = this.blocks[index + 1] as HTMLDivElement;
      block.append(...next.childNodes);
      next.remove();
      this.drawn.delete(next);
      this.drawn.set(block, 'joined');
      this.texts.splice(index, 2, text + (this.texts[index + 1] ?? ''));
      this.blocks.splice(index + 1, 1);
    }
    for (let at = Math.max(0, from - 1); at <= Math.min(this.blocks.length - 1, from + 1); at += 1) {
      const text = this.texts[at] ?? '';
      if (countLines(text) <= BLOCK_LINES * 2) continue;
      const parts = splitIntoBlocks(text);
      const replacements = parts.map((part) => this.createBlock(part));
      const old = this.blocks[at] as HTMLDivElement;
      old.replaceWith(fragmentOf(replacements));
      this.drawn.delete(old);
      this.blocks.splice(at, 1, ...replacements);
      this.texts.splice(at, 1, ...parts);
    }
  }

  private updateTail(): void {
    this.tail.hidden = !(this.text === '' || this.text.endsWith('\n'));
  }

  private draw(): void {
    // Blocks' offsetTop counts from the scrolled content's top, as scrollTop does.
    const scroller = this.scroller();
    const top = scroller ? scroller.scrollTop - MARGIN : 0;
    const bottom = scroller ? scroller.scrollTop + scroller.clientHeight + MARGIN : Number.POSITIVE_INFINITY;
    let start = 0;
    let markIndex = 0;
    for (let index = 0; index < this.blocks.length; index += 1) {
      const block = this.blocks[index] as HTMLDivElement;
      const text = this.texts[index] ?? '';
      const end = start + text.length;
      while (markIndex < this.marks.length && (this.marks[markIndex] as Mark).end <= start) markIndex += 1;
      const visible = block.offsetTop + block.offsetHeight >= top && block.offsetTop <= bottom;
      const inBlock: Mark[] = [];
      if (visible) {
        for (let at = markIndex; at < this.marks.length; at += 1) {
          const mark = this.marks[at] as Mark;
          if (mark.start >= end) break;
          inBlock.push(mark);
        }
      }
      const signature = inBlock.map((mark) => `${mark.id}:${mark.start - start}:${mark.end - start}:${mark.kind}`).join(',');
      if (this.drawn.get(block) !== signature) {
        drawBlock(block, text, start, inBlock);
        this.drawn.set(block, signature);
      }
      start = end;
    }
  }

  private position(offset: number): { node: Text; local: number } | undefined {
    let start = 0;
    for (let index = 0; index < this.blocks.length; index += 1) {
      const length = (this.texts[index] ?? '').length;
      if (offset < start + length || index === this.blocks.length - 1) {
        let local = offset - start;
        for (const node of textNodesOf(this.blocks[index] as HTMLDivElement)) {
          if (local <= node.length) return { node, local };
          local -= node.length;
        }
        return undefined;
      }
      start += length;
    }
    return undefined;
  }
}

function drawBlock(block: HTMLDivElement, text: string, blockStart: number, marks: readonly Mark[]): void {
  const pieces: Node[] = [];
  let at = 0;
  for (const mark of marks) {
    const from = Math.max(0, mark.start - blockStart);
    const to = Math.min(text.length, mark.end - blockStart);
    if (to <= from || from < at) continue;
    if (from > at) pieces.push(document.createTextNode(text.slice(at, from)));
    const span = document.createElement('span');
    span.className = 'warning-underline';
    span.dataset.warning = mark.kind;
    span.dataset.mark = String(mark.id);
    span.textContent = text.slice(from, to);
    pieces.push(span);
    at = to;
  }
  if (at < text.length || pieces.length === 0) pieces.push(document.createTextNode(text.slice(at)));
  block.replaceChildren(...pieces);
}

function textNodesOf(element: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function fragmentOf(nodes: readonly Node[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...nodes);
  return fragment;
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
