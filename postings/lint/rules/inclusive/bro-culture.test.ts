import { describe, expect, it } from 'vitest';
import { broCulture } from './bro-culture.js';
import { flags, suggested } from './test-support/examples.js';

describe('bro-culture', () => {
  describe('valid', () => {
    it.each([
      'We crank out weekly reports and crush bugs before release.',
      'Previously at Warner Bros. and Candy Crush.',
      'Barbers: beard trims and hot towel shaves.',
      'Browse our broad product range.',
    ])('%s', (text) => {
      expect(flags(broCulture, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['Calling all brogrammers and dudes!', ['brogrammers', 'dudes']],
      ['You crush it every sprint, bro.', ['crush it', 'bro']],
      ['A hardcore team of badass engineers with mad skillz.', ['hardcore', 'badass', 'mad skillz']],
      ['Our bearded ops team is no boys’ club.', ['bearded', 'boys’ club']],
    ])('%s', (text, expected) => {
      expect(flags(broCulture, text)).toEqual(expected);
    });
  });

  it('suggests plain words', () => {
    expect(suggested(broCulture, 'A badass engineer.')).toEqual(['An excellent engineer.', 'An outstanding engineer.']);
  });
});
