import { describe, expect, it } from 'vitest';
import { genderCodedWords } from './gender-coded-words.js';
import { diagnostics, flags, suggested } from './test-support/examples.js';

describe('gender-coded-words', () => {
  describe('valid', () => {
    it.each([
      'We build survey software in Python.',
      'Use SharePoint and `competitive` in code, or https://example.com/lead.',
      'Unkind, misleading workforce.',
    ])('%s', (text) => {
      expect(flags(genderCodedWords, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('marks every coded word, masculine and feminine, each occurrence', () => {
      expect(flags(genderCodedWords, 'Lead a collaborative team. Lead releases.')).toEqual(['Lead', 'collaborative', 'Lead']);
    });

    it('marks coded words in the title', () => {
      expect(flags(genderCodedWords, '+++\ntitle = "Team Lead"\n+++\nHello.\n')).toEqual(['Lead']);
    });

    it('marks one part of a hyphenated word, and a hyphenated coded word whole', () => {
      expect(flags(genderCodedWords, 'A data-driven, self-confident, co-operative person.')).toEqual(['driven', 'self-confident', 'co-operative']);
    });

    it('marks a word once even when it counts twice', () => {
      expect(flags(genderCodedWords, 'Strong interpersonal skills.')).toEqual(['interpersonal']);
    });
  });

  describe('messages', () => {
    it('says why a masculine-coded word matters and offers a neutral one', () => {
      const [diagnostic] = diagnostics(genderCodedWords, 'An ambitious engineer.');
      expect(diagnostic?.severity).toBe('info');
      expect(diagnostic?.message).toBe('“ambitious” is masculine-coded wording; research shows such words can put women off applying. Consider “motivated” or “eager”.');
      expect(suggested(genderCodedWords, 'An ambitious engineer.')).toEqual(['A motivated engineer.', 'An eager engineer.']);
    });

    it('says a feminine-coded word needs no change', () => {
      const [diagnostic] = diagnostics(genderCodedWords, 'A supportive team.');
      expect(diagnostic?.message).toBe('“supportive” is feminine-coded wording; in the same research such words did not put men off applying, so there is no need to change it.');
      expect(diagnostic?.suggestions).toBeUndefined();
    });

    it('points at the pay range for "competitive salary"', () => {
      const [diagnostic] = diagnostics(genderCodedWords, 'A competitive salary.');
      expect(diagnostic?.message).toMatch(/Here it describes pay: stating the pay range says more and reads neutral\.$/);
      expect(diagnostic?.suggestions).toBeUndefined();
    });

    it('offers no swap inside a compound or a career-track name', () => {
      expect(diagnostics(genderCodedWords, 'Test-driven development.')[0]?.suggestions).toBeUndefined();
      expect(diagnostics(genderCodedWords, 'An individual contributor role.')[0]?.suggestions).toBeUndefined();
      expect(suggested(genderCodedWords, 'Every individual matters.')).toEqual([]);
      expect(suggested(genderCodedWords, 'An individual who cares.')).toEqual(['A person who cares.']);
      expect(suggested(genderCodedWords, 'Set individual goals.')).toEqual([]);
    });

    it('says when there is nothing to swap', () => {
      expect(diagnostics(genderCodedWords, 'Analyse survey data.')[0]?.message).toBe('“Analyse” is masculine-coded wording; research shows such words can put women off applying.');
    });
  });
});
