import { describe, expect, it } from 'vitest';
import { startsSentence } from './sentences.js';

describe('startsSentence', () => {
  it.each([
    ['The team', 0],
    ['We grow. The team', 9],
    ['Note: The team', 6],
    ['one\n   The team', 7],
    ['“The team', 1],
  ])('sees a sentence start in %j at %i', (prose, offset) => {
    expect(startsSentence(prose, offset)).toBe(true);
  });

  it.each([
    ['Chef Server server', 5],
    ['Plan A or B', 5],
    ['one, Two', 5],
  ])('sees mid-sentence in %j at %i', (prose, offset) => {
    expect(startsSentence(prose, offset)).toBe(false);
  });
});
