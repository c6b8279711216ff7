import { describe, expect, it } from 'vitest';
import { createWordList, parseWordLines } from './word-list.js';

describe('word list', () => {
  const list = createWordList(['NumPy', 'YouGov', 'API', 'New Relic']);

  it('matches entries in any case', () => {
    expect(list.has('NumPy')).toBe(true);
    expect(list.has('numpy')).toBe(true);
    expect(list.has('NUMPY')).toBe(true);
  });

  it('accepts plurals and possessives of entries, straight or curly', () => {
    expect(list.has('APIs')).toBe(true);
    expect(list.has("YouGov's")).toBe(true);
    expect(list.has('YouGov’s')).toBe(true);
  });

  it('accepts each word of a multi-word entry', () => {
    expect(list.has('Relic')).toBe(true);
  });

  it('does not accept near misses', () => {
    expect(list.has('NumPi')).toBe(false);
    expect(list.has('YouGo')).toBe(false);
  });

  it('reads one entry a line, skipping blanks and comments', () => {
    expect(parseWordLines('# languages\nPython\n\n  Go  \n')).toEqual(['Python', 'Go']);
  });
});
