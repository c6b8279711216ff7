import { describe, expect, it } from 'vitest';
import { layoutMarks, shiftMarks, type Mark } from './marks.js';

const mark = (id: number, start: number, end: number): Mark => ({ id, start, end, kind: 'spelling' });

describe('underline marks', () => {
  it('move with typing before them and stay put for typing after them', () => {
    const marks = [mark(1, 0, 3), mark(2, 10, 14)];
    expect(shiftMarks(marks, { start: 5, oldEnd: 5, newEnd: 7 })).toEqual([mark(1, 0, 3), mark(2, 12, 16)]);
  });
  it('stretch when typed inside and vanish when deleted', () => {
    expect(shiftMarks([mark(1, 4, 8)], { start: 6, oldEnd: 6, newEnd: 7 })).toEqual([mark(1, 4, 9)]);
    expect(shiftMarks([mark(1, 4, 8)], { start: 2, oldEnd: 10, newEnd: 2 })).toEqual([]);
  });
  it('draw one underline where warnings overlap', () => {
    expect(layoutMarks([mark(2, 5, 9), mark(1, 0, 6), mark(3, 9, 12)]).map((m) => m.id)).toEqual([1, 3]);
  });
});
