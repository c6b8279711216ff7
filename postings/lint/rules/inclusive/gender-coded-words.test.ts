import { describe, expect, it } from 'vitest';
import { genderCodedWords } from './gender-coded-words.js';
import { diagnostics, flags, suggested } from './test-support/examples.js';

describe('gender-coded-words', () => {
  describe('valid', () => {
    it.each([
      'We build survey software in Python.',
      'Use SharePoint and `competitive` in code, or https://example.com/lead.',
      'Unkind, misleading workforce.',
      'A supportive, collaborative team.',
    ])('%s', (text) => {
      expect(flags(genderCodedWords, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('marks each masculine-coded word once when the posting leans masculine', () => {
      expect(flags(genderCodedWords, 'An ambitious, ambitious and assertive person.')).toEqual(['ambitious', 'assertive']);
    });

    it('marks coded words in the title', () => {
      expect(flags(genderCodedWords, '+++\ntitle = "Ambitious Engineer"\n+++\nHello.\n')).toEqual(['Ambitious']);
    });

    it('marks a hyphenated coded word whole', () => {
      expect(flags(genderCodedWords, 'A self-confident person.')).toEqual(['self-confident']);
    });
  });

  describe('quiet where no change is needed', () => {
    it('never underlines feminine-coded words', () => {
      expect(flags(genderCodedWords, 'A supportive, collaborative and interpersonal team.')).toEqual([]);
    });

    it('underlines nothing when the posting is balanced or leans feminine', () => {
      expect(flags(genderCodedWords, 'An ambitious, supportive team.')).toEqual([]);
      expect(flags(genderCodedWords, 'An ambitious, supportive and collaborative team.')).toEqual([]);
    });

    it('underlines only words with a neutral alternative (or pay wording)', () => {
      expect(flags(genderCodedWords, 'Analyse survey data. Lead releases.')).toEqual([]);
    });

    it('does not underline words that only start like a coded stem', () => {
      expect(flags(genderCodedWords, 'Core competencies for individuals; objectives and competence.')).toEqual([]);
    });
  });

  describe('messages', () => {
    it('says why a masculine-coded word matters and offers a neutral one', () => {
      const [diagnostic] = diagnostics(genderCodedWords, 'An ambitious engineer.');
      expect(diagnostic?.severity).toBe('info');
      expect(diagnostic?.message).toBe('“ambitious” is masculine-coded wording; research shows such words can put women off applying. Consider “motivated” or “eager”.');
      expect(suggested(genderCodedWords, 'An ambitious engineer.')).toEqual(['A motivated engineer.', 'An eager engineer.']);
    });

    it('points at the pay range for "competitive salary"', () => {
      const [diagnostic] = diagnostics(genderCodedWords, 'A competitive salary.');
      expect(diagnostic?.message).toMatch(/Here it describes pay: stating the pay range says more and reads neutral\.$/);
      expect(diagnostic?.suggestions).toBeUndefined();
    });

    it('offers no swap inside a compound or a career-track name', () => {
      expect(diagnostics(genderCodedWords, 'Test-driven development.')).toEqual([]);
      expect(diagnostics(genderCodedWords, 'An individual contributor role.')).toEqual([]);
      expect(suggested(genderCodedWords, 'Every individual matters.')).toEqual([]);
      expect(suggested(genderCodedWords, 'An individual who cares.')).toEqual(['A person who cares.']);
      expect(suggested(genderCodedWords, 'Set individual goals.')).toEqual([]);
    });

    it('does not take a participle used as a verb, or an open compound, for a trait', () => {
      expect(flags(genderCodedWords, 'Suitability is determined by a background investigation.')).toEqual([]);
      expect(flags(genderCodedWords, 'Pay will be determined whether or not you relocate.')).toEqual([]);
      expect(flags(genderCodedWords, 'Our roadmap is driven by demand.')).toEqual([]);
      expect(flags(genderCodedWords, 'We are a technology and data driven group.')).toEqual([]);
      expect(flags(genderCodedWords, 'A determined, driven engineer.')).toEqual(['determined', 'driven']);
    });

    it('does not take a coded word inside a name for a trait', () => {
      expect(flags(genderCodedWords, 'The office is at 101 Independence Ave, SE.')).toEqual([]);
      expect(flags(genderCodedWords, 'Independence matters here.')).toEqual(['Independence']);
      expect(flags(genderCodedWords, '+++\ntitle = "Ambitious Engineer"\n+++\nHello.\n')).toEqual(['Ambitious']);
    });

  });
});
