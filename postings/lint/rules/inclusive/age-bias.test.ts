import { describe, expect, it } from 'vitest';
import { ageBias } from './age-bias.js';
import { flags, suggested } from './test-support/examples.js';

describe('age-bias', () => {
  describe('valid', () => {
    it.each([
      'We are a young company with a young product.',
      'You will run programmes for young people and young carers.',
      'The project is still young, and so is our ecosystem: a young but robust codebase.',
      'We audit for Ernst & Young and listen to Neil Young.',
      '3+ years of experience with Python; 5–7 years in a similar role is a plus.',
      'You are energetic and creative.',
      'We sell to digital-native brands.',
      'Mentor children aged 5 to 11 in our coding club.',
      'The contract runs for no more than 2 years.',
      'You must be at least 18 years old.',
      'Recent graduates are welcome to apply.',
      'Recent graduates welcome!',
      'We welcome applications from recent graduates and career changers.',
      'The role is open to recent graduates as well as experienced engineers.',
      'Anyone can apply, including new grads.',
      'This early-career role suits someone in their first job.',
    ])('%s', (text) => {
      expect(flags(ageBias, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['Join our young and dynamic team!', ['young and dynamic']],
      ['We are a young team of engineers.', ['young team']],
      ['A youthful, energetic office.', ['youthful']],
      ['You are a digital native.', ['a digital native']],
      ['We are hiring for grads / recent grads (<24 months exp).', ['recent grads']],
      ['Only recent graduates will be considered.', ['recent graduates']],
      ['We are looking for recent graduates.', ['recent graduates']],
      ['New Grad Software Engineer', ['New Grad']],
      ['Ideal for someone fresh out of college.', ['fresh out of college']],
      ['You have no more than 5 years of experience.', ['no more than 5 years']],
      ['Three years’ experience maximum.', ['Three years’ experience maximum']],
      ['Applicants aged 25-35 preferred.', ['aged 25-35']],
      ['We want young engineers.', ['young']],
      ['Join a young, motivated sales team.', ['young']],
    ])('%s', (text, expected) => {
      expect(flags(ageBias, text)).toEqual(expected);
    });
  });

  describe('suggestions', () => {
    it.each([
      ['Join our young and dynamic team!', 'Join our dynamic team!'],
      ['You are a digital native.', 'You are fluent with digital tools.'],
      ['We are looking for recent graduates.', 'We are looking for entry-level candidates.'],
      ['You are a recent graduate.', 'You are an entry-level candidate.'],
      ['We want a young engineer.', 'We want an early-career engineer.'],
    ])('%s', (text, fixed) => {
      expect(suggested(ageBias, text)[0]).toBe(fixed);
    });

    it('offers no replacement for an experience cap, and says what to do', () => {
      expect(suggested(ageBias, 'No more than 3 years of experience.')).toEqual([]);
    });
  });
});
