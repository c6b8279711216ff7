import { describe, expect, it } from 'vitest';
import { cultureCliches } from './culture-cliches.js';
import { diagnostics, flags, suggested } from './test-support/examples.js';

describe('culture-cliches', () => {
  describe('valid', () => {
    it.each([
      'We work hard and rest well: core hours are 10 to 4.',
      'You will juggle priorities and meet deadlines with the team.',
      'Explore the functional programming paradigm and greenfield projects.',
      'Please reach out with questions about this role.',
      'Demonstrated thought-leadership around API design.',
      'Family leave of 20 weeks for every parent.',
    ])('%s', (text) => {
      expect(flags(cultureCliches, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['We work hard, play hard!', ['work hard, play hard']],
      ['We are a startup, with a fast-paced startup culture.', ['fast-paced']],
      ['A fast‐paced sales environment.', ['fast‐paced']],
      ['You can hit the ground running.', ['hit the ground running']],
      ['Be ready to wear many hats.', ['wear many hats']],
      ['We are like a family here.', ['like a family']],
      ['A drama-free, stress-free office.', ['drama-free', 'stress-free']],
      ['You need a thick skin.', ['a thick skin']],
      ['Create synergy through blue sky thinking and a paradigm shift.', ['synergy', 'blue sky thinking', 'paradigm shift']],
    ])('%s', (text, expected) => {
      expect(flags(cultureCliches, text)).toEqual(expected);
    });
  });

  describe('suggestions', () => {
    it.each([
      ['You can hit the ground running.', 'You can get started quickly.'],
      ['Be ready to wear many hats.', 'Be ready to take on varied tasks.'],
      ['We are like a family here.', 'We are a close-knit team here.'],
      ['A fast-paced team.', 'A busy team.'],
    ])('%s', (text, fixed) => {
      expect(suggested(cultureCliches, text)[0]).toBe(fixed);
    });
  });

  it('is information, not a warning', () => {
    expect(diagnostics(cultureCliches, 'A fast-paced team.')[0]?.severity).toBe('info');
  });
});
