import { describe, expect, it } from 'vitest';
import { competitiveCulture } from './competitive-culture.js';
import { flags, suggested } from './test-support/examples.js';

describe('competitive-culture', () => {
  describe('valid', () => {
    it.each([
      'We offer a competitive salary, competitive pay and competitive benefits.',
      'Keep abreast of competition, competitive issues and products.',
      'Win new customers in a competitive market with cutting-edge tools.',
      'Hire the best talent and fail fast.',
      'You are a key player and a team player.',
    ])('%s', (text) => {
      expect(flags(competitiveCulture, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['Thrive in our highly competitive environment.', ['highly competitive environment']],
      ['Reps compete with each other for the top spot.', ['compete with each other']],
      ['It is a cut-throat, sink or swim place.', ['cut-throat', 'sink or swim']],
      ['We are a meritocracy that hires only A-players.', ['meritocracy', 'A-players']],
      ['Join the best and brightest.', ['best and brightest']],
    ])('%s', (text, expected) => {
      expect(flags(competitiveCulture, text)).toEqual(expected);
    });
  });

  it('suggests a neutral description of the environment', () => {
    expect(suggested(competitiveCulture, 'A competitive culture.')).toEqual(['A goal-oriented culture.', 'A high-performing culture.']);
  });
});
