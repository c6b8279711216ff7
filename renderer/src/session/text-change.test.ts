import { describe, expect, it } from 'vitest';
import { mapOffset, mapSpan, textChange } from './text-change.js';

describe('textChange', () => {
  it('finds a typed character as one insertion', () => {
    expect(textChange('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
  });
  it('finds a deletion', () => {
    expect(textChange('abcd', 'ad')).toEqual({ start: 1, oldEnd: 3, newEnd: 1 });
  });
  it('finds a replacement among repeated letters without overlapping prefix and suffix', () => {
    expect(textChange('aaaa', 'aa')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
  });
  it('reports no change for equal texts', () => {
    expect(textChange('same', 'same')).toBeUndefined();
  });
});

describe('mapOffset and mapSpan', () => {
  it('moves offsets after an edit by its length', () => {
    expect(mapOffset('hello world', 'hello big world', 6)).toBe(6);
    expect(mapOffset('hello world', 'hello big world', 7)).toBe(11);
  });
  it('gives up on a span the edit touched', () => {
    expect(mapSpan('teh cat', 'tehx cat', 0, 3)).toBeUndefined();
    expect(mapSpan('the cat', 'then cat', 4, 7)).toEqual({ start: 5, end: 8 });
  });
});
