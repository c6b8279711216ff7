import { describe, expect, it } from 'vitest';
import { ableistLanguage } from './ableist-language.js';
import { flags, suggested } from './test-support/examples.js';

describe('ableist-language', () => {
  describe('valid', () => {
    it.each([
      'Must be able to lift 20 kg and stand for long periods; we make reasonable adjustments.',
      'Run sanity testing and smoke testing before each release.',
      'Configure dumb terminals and learn the nuts and bolts of our stack.',
      'We run double-blind reviews of every design.',
      'Flamenco lessons are not a perk.',
    ])('%s', (text) => {
      expect(flags(ableistLanguage, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['We grow at a crazy pace and ship insanely fast.', ['crazy', 'insanely']],
      ['No lame meetings.', ['lame']],
      ['Spot our blind spots before a tone-deaf campaign goes out.', ['blind spots', 'tone-deaf']],
      ['Do a quick sanity check of the numbers.', ['sanity check']],
      ['Applicants must be able-bodied.', ['able-bodied']],
      ['You are a bit OCD about detail.', ['a bit OCD']],
      ['Our legacy system is crippled by slow queries.', ['crippled']],
      ['You love to turn a blind eye? Not here.', ['turn a blind eye']],
    ])('%s', (text, expected) => {
      expect(flags(ableistLanguage, text)).toEqual(expected);
    });
  });

  describe('suggestions', () => {
    it.each([
      ['Do a sanity check first.', 'Do a quick check first.'],
      ['You are crazy about data.', 'You are passionate about data.'],
      ['Find our blind spots.', 'Find our gaps.'],
      ['A tone deaf ad.', 'An out of touch ad.'],
    ])('%s', (text, fixed) => {
      expect(suggested(ableistLanguage, text)[0]).toBe(fixed);
    });

    it('asks for the real physical requirement instead of "able-bodied"', () => {
      expect(suggested(ableistLanguage, 'Must be able-bodied.')).toEqual([]);
    });
  });
});
