import { describe, expect, it } from 'vitest';
import { inCaseOf } from './case.js';

describe('inCaseOf', () => {
  it.each([
    ['guru', 'expert', 'expert'],
    ['Guru', 'expert', 'Expert'],
    ['GURU', 'expert', 'EXPERT'],
    ['New Grad', 'entry-level', 'Entry-Level'],
    ['Hey guys', 'hi everyone', 'Hi everyone'],
    // An article follows the article it replaces.
    ['a', 'an', 'an'],
    ['A', 'an', 'An'],
    ['AN', 'a', 'A'],
  ])('%s → %s', (found, replacement, expected) => {
    expect(inCaseOf(found, replacement)).toBe(expected);
  });
});
