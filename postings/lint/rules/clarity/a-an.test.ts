import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import type { Diagnostic } from '../../types.js';
import { aAnRule } from './a-an.js';

const body = (text: string) => `+++\ntitle = "Data Engineer"\n+++\n\n${text}\n`;
const lint = (text: string) => runRule(aAnRule, body(text));
const apply = (text: string, diagnostic: Diagnostic | undefined) => {
  const fix = diagnostic?.fix;
  return fix ? text.slice(0, fix.start) + fix.text + text.slice(fix.end) : text;
};

describe('a-an', () => {
  describe('valid', () => {
    it.each([
      'It takes an hour.',
      'You are an honest communicator.',
      'Build a user interface.',
      'Build a one-time export for a European client.',
      'Work an 8-hour day on an SRE team with an MBA and an API.',
      'Send a URL to a UX designer.',
      'Use an R package or a C library.',
      'An SQL database or a SQL database: both are said.',
      'A historic day, or an historic day.',
      'Pick Plan A or plan B; our A team.',
      'Write a “rockstar” post? No: a (paid) trial.',
      'This is a.k.a. the thing.',
      'A\nuser can break a line.',
      'Code `a apple` is not prose.',
    ])('%s', (text) => {
      expect(lint(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['It takes a hour.', 'a hour', 'an'],
      ['Build an user interface.', 'an user', 'a'],
      ['A honest answer.', 'A honest', 'An'],
      ['An European client.', 'An European', 'A'],
      ['An one-time fee.', 'An one-time', 'A'],
      ['Work a 8-hour day.', 'a 8-hour', 'an'],
      ['Join a SRE team.', 'a SRE', 'an'],
      ['Hold a MBA.', 'a MBA', 'an'],
      ['Build a API.', 'a API', 'an'],
      ['Send an URL.', 'an URL', 'a'],
      ['Write a R package.', 'a R', 'an'],
      ['This is a\nexample across lines.', 'a\nexample', 'an'],
      ['It is an *unique* chance.', 'an *unique', 'a'],
    ])('%s', (text, flaggedText, replacement) => {
      const diagnostics = lint(text);
      expect(diagnostics).toHaveLength(1);
      const [diagnostic] = diagnostics;
      expect(diagnostic && flagged(body(text), diagnostic)).toBe(flaggedText);
      expect(diagnostic?.fix?.text).toBe(replacement);
    });

    it('explains and fixes', () => {
      const text = body('It takes a hour.');
      const [diagnostic] = runRule(aAnRule, text);
      expect(diagnostic?.message).toBe('“a hour” should be “an hour”: the article follows how the word sounds, not how it is spelled.');
      expect(apply(text, diagnostic)).toBe(body('It takes an hour.'));
    });
  });
});
