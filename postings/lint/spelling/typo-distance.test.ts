import { describe, expect, it } from 'vitest';
import { COSTS, commonPrefixLength, typoDistance } from './typo-distance.js';

describe('typo distance', () => {
  it('is zero for the same word', () => {
    expect(typoDistance('ability', 'ability')).toBe(0);
  });

  it('costs about one for a missing, extra or wrong letter', () => {
    expect(typoDistance('abilty', 'ability')).toBe(COSTS.omitted);
    expect(typoDistance('abillity', 'ability')).toBe(COSTS.doubled);
    expect(typoDistance('abiltiy', 'ability')).toBe(COSTS.transpose);
    expect(typoDistance('abiluity', 'ability')).toBe(COSTS.edit);
    expect(typoDistance('abiliity', 'ability')).toBe(COSTS.doubled);
    expect(typoDistance('abilyty', 'ability')).toBe(COSTS.vowel);
    expect(typoDistance('abiliky', 'ability')).toBe(COSTS.edit);
  });

  it('costs less for swapped letters, doubling and vowels, which are common slips', () => {
    expect(typoDistance('teh', 'the')).toBe(COSTS.transpose);
    expect(typoDistance('acommodate', 'accommodate')).toBe(COSTS.doubled);
    expect(typoDistance('seperate', 'separate')).toBe(COSTS.vowel);
    expect(typoDistance('montreal', 'montréal')).toBe(COSTS.accent);
  });

  it('measures the fixture’s longer typos as two slips at most', () => {
    expect(typoDistance('demonstratable', 'demonstrable')).toBe(2);
    expect(typoDistance('parallization', 'parallelization')).toBe(COSTS.omitted + COSTS.doubled);
  });

  it('gives up past the bound', () => {
    expect(typoDistance('demonstratable', 'demonstrable', 1.5)).toBe(Infinity);
    expect(typoDistance('python', 'kubernetes', 2)).toBe(Infinity);
  });

  it('prefers a left-out letter to a wrong vowel, the commoner slip', () => {
    expect(typoDistance('pont', 'point')).toBeLessThan(typoDistance('pont', 'pant'));
    expect(typoDistance('lage', 'large')).toBeLessThan(typoDistance('lage', 'luge'));
  });

  it('counts a shared beginning', () => {
    expect(commonPrefixLength('parallization', 'parallelization')).toBe(6);
    expect(commonPrefixLength('abc', 'xyz')).toBe(0);
  });
});
