import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBlockEdits, blockEdits, locate, splitIntoBlocks } from './mirror-blocks.js';

describe('mirror blocks', () => {
  it('splits after every 24th line break and keeps all text', () => {
    const text = Array.from({ length: 50 }, (_, index) => `line ${index}`).join('\n');
    const blocks = splitIntoBlocks(text);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.split('\n')).toHaveLength(25);
    expect(blocks.join('')).toBe(text);
  });

  it('gives one empty block for an empty text', () => {
    expect(splitIntoBlocks('')).toEqual(['']);
  });

  it('turns a typed character into one edit of one block', () => {
    const blocks = splitIntoBlocks('a\nb\nc\nd\n', 2);
    expect(blocks).toEqual(['a\nb\n', 'c\nd\n']);
    expect(blockEdits(blocks.map((b) => b.length), 5, 5, 'X')).toEqual([{ block: 1, offset: 1, deleteCount: 0, insert: 'X' }]);
  });

  it('matches a plain string edit for any change, across blocks too', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n') }), fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom('x', '\n') }), fc.integer({ min: 1, max: 4 }), (text, a, b, insert, lines) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % (text.length + 1)));
        const blocks = splitIntoBlocks(text, lines);
        const edited = applyBlockEdits(blocks, blockEdits(blocks.map((block) => block.length), start, end, insert));
        expect(edited.join('')).toBe(text.slice(0, start) + insert + text.slice(end));
      }),
    );
  });

  it('locates an offset in its block', () => {
    expect(locate([4, 4], 5)).toEqual({ block: 1, offset: 1 });
    expect(locate([4, 4], 8)).toEqual({ block: 1, offset: 4 });
  });
});
