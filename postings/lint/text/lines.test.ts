import { describe, expect, it } from 'vitest';
import { linesOf } from './lines.js';

describe('linesOf', () => {
  it('gives each line with its offsets, without line breaks', () => {
    const text = 'one\r\ntwo\n\nthree';
    expect(linesOf(text)).toEqual([
      { start: 0, end: 3, text: 'one' },
      { start: 5, end: 8, text: 'two' },
      { start: 9, end: 9, text: '' },
      { start: 10, end: 15, text: 'three' },
    ]);
  });

  it('starts at a given line start', () => {
    expect(linesOf('a\nb\n', 2)).toEqual([
      { start: 2, end: 3, text: 'b' },
      { start: 4, end: 4, text: '' },
    ]);
  });
});
