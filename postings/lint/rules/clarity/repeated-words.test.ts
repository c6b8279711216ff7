import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { repeatedWordsRule } from './repeated-words.js';

const body = (text: string) => `+++\ntitle = "Data Engineer"\n+++\n\n${text}\n`;
const lint = (text: string) => runRule(repeatedWordsRule, body(text));

describe('repeated-words', () => {
  describe('valid', () => {
    it.each([
      'We know that that approach works.',
      'We had had three offers.',
      'It was very very good, ha ha.',
      'Are we done done done?',
      'Install the Chef Infra Server server first.',
      'Our office in Walla Walla.',
      '- Python\n- Python 3',
      '## Skills\nSkills we need: Python.',
      '| Yes | Yes |\n|-----|-----|',
      'Use `the` the way you like.',
      'Well, well, well.',
      'We grew 10 10 times.',
      'The end.\n\nThe end is near.',
    ])('%j', (text) => {
      expect(lint(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags "and and" and removes the second', () => {
      const text = body('Python and and Go.');
      const [diagnostic, ...rest] = runRule(repeatedWordsRule, text);
      expect(rest).toEqual([]);
      expect(diagnostic && flagged(text, diagnostic)).toBe('and and');
      expect(diagnostic?.message).toBe('“and and”: the word is repeated.');
      const fix = diagnostic?.fix;
      expect(fix && text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe(body('Python and Go.'));
    });

    it('flags a repeat across a line break', () => {
      const text = body('You will join the\nthe data team.');
      const [diagnostic] = runRule(repeatedWordsRule, text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('the\nthe');
      const fix = diagnostic?.fix;
      expect(fix && text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe(body('You will join the data team.'));
    });

    it('flags a repeat that differs in case', () => {
      expect(lint('The the team.')).toHaveLength(1);
    });

    it('flags "is is"', () => {
      expect(lint('The goal is is growth.')).toHaveLength(1);
    });
  });
});
