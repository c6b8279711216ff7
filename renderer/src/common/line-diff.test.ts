import { describe, expect, it } from 'vitest';
import { sideBySide } from './line-diff.js';

describe('sideBySide', () => {
  it('marks only the lines between the shared start and end', () => {
    const { theirs, mine } = sideBySide('a\nb\nc\nd', 'a\nB\nc\nd');
    expect(theirs.filter((line) => line.changed).map((line) => line.text)).toEqual(['b']);
    expect(mine.filter((line) => line.changed).map((line) => line.text)).toEqual(['B']);
  });
  it('marks an added line and nothing else', () => {
    const { theirs, mine } = sideBySide('a\nb', 'a\nnew\nb');
    expect(theirs.some((line) => line.changed)).toBe(false);
    expect(mine.filter((line) => line.changed).map((line) => line.text)).toEqual(['new']);
  });
});

describe('sideBySide with changes far apart', () => {
  it('marks each changed line and none of the shared lines between them', () => {
    const { theirs, mine } = sideBySide('a\nweight = 22\nb\nc\nend', 'a\nweight = 45\nb\nc\nend more');
    expect(theirs.filter((line) => line.changed).map((line) => line.text)).toEqual(['weight = 22', 'end']);
    expect(mine.filter((line) => line.changed).map((line) => line.text)).toEqual(['weight = 45', 'end more']);
  });
});
