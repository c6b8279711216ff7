import { describe, expect, it } from 'vitest';
import { countWords, formatCount, wordsIn } from './words.js';

describe('wordsIn', () => {
  it('keeps words joined by apostrophes and hyphens, with offsets', () => {
    const text = "Crunch’s one-time offer: don't wait, 8-hour days.";
    expect(wordsIn(text).map((word) => word.text)).toEqual(['Crunch’s', 'one-time', 'offer', "don't", 'wait', '8-hour', 'days']);
    const [first] = wordsIn(text, 9);
    expect(first && text.slice(first.start, first.end)).toBe('one-time');
  });

  it('keeps names joined by underscores as one word', () => {
    expect(wordsIn('Use the selinux_module module.').map((word) => word.text)).toEqual(['Use', 'the', 'selinux_module', 'module']);
  });

  it('stops at the end offset', () => {
    expect(wordsIn('one two three', 0, 7).map((word) => word.text)).toEqual(['one', 'two']);
  });
});

describe('countWords', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('  We build — fast!  ')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(1200)).toBe('1,200');
  });
});
