import { describe, expect, it } from 'vitest';
import { findAll, stepMatch } from './find-text.js';

describe('findAll', () => {
  it('finds every occurrence, ignoring case', () => {
    expect(findAll('Care for care homes. CARE.', 'care')).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 13 },
      { start: 21, end: 25 },
    ]);
  });

  it('does not overlap matches', () => {
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('finds nothing for an empty query or a missing word', () => {
    expect(findAll('text', '')).toEqual([]);
    expect(findAll('text', 'nurse')).toEqual([]);
  });
});

describe('stepMatch', () => {
  it('goes forward and back, wrapping round', () => {
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
  });

  it('has no match when there are none', () => {
    expect(stepMatch(0, -1, 1)).toBe(-1);
  });
});
