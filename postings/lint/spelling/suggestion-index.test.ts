import { describe, expect, it } from 'vitest';
import { rankCandidates, SuggestionIndex } from './suggestion-index.js';

describe('suggestion index', () => {
  const index = new SuggestionIndex(['ability', 'agility', 'the', 'tea', 'ten', 'Polish', 'polish', 'JavaScript', 'demonstrable']);

  it('finds the words within the bound, nearest first', () => {
    expect(index.nearest('abilty', 2).map((candidate) => candidate.word)).toEqual(['ability', 'agility']);
    expect(index.nearest('abilty', 1).map((candidate) => candidate.word)).toEqual(['ability']);
  });

  it('prefers a swap to a wrong letter', () => {
    expect(index.nearest('teh', 1)[0]?.word).toBe('the');
  });

  it('ignores case but returns words as written', () => {
    expect(index.nearest('javascirpt', 1)[0]?.word).toBe('JavaScript');
  });

  it('keeps one of two words that differ only in case, the lower-case one', () => {
    expect(index.nearest('polsh', 1).map((candidate) => candidate.word)).toEqual(['polish']);
  });

  it('finds a word whose first letter was mistyped', () => {
    expect(index.nearest('xbility', 1).map((candidate) => candidate.word)).toEqual(['ability']);
  });

  it('ranks equal costs by shared beginning', () => {
    const ranked = rankCandidates('parallization', [
      { word: 'paralyzation', cost: 1.5 },
      { word: 'parallelization', cost: 1.5 },
    ]);
    expect(ranked.map((candidate) => candidate.word)).toEqual(['parallelization', 'paralyzation']);
  });
});
