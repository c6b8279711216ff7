import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { trailingWhitespaceRule } from './trailing-whitespace.js';

const body = (text: string) => `+++\ntitle = "Data Engineer"  \n+++\n\n${text}\n`;
const lint = (text: string) => runRule(trailingWhitespaceRule, body(text));

describe('trailing-whitespace', () => {
  describe('valid', () => {
    it.each([
      'Clean lines.\nAnother one.',
      'Trailing spaces in the details are not the text’s business.',
      '',
    ])('%j', (text) => {
      expect(lint(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a space at the end of a line and removes it', () => {
      const text = body('We build things. \nMore text.');
      const [diagnostic, ...rest] = runRule(trailingWhitespaceRule, text);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ severity: 'info', line: 5, column: 17, endColumn: 18 });
      expect(diagnostic?.message).toBe('A space at the end of the line: it cannot be seen and does nothing.');
      const fix = diagnostic?.fix;
      expect(fix && text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe(body('We build things.\nMore text.'));
    });

    it('flags spaces on an otherwise empty line', () => {
      expect(lint('One.\n  \nTwo.')[0]?.message).toBe('This empty line holds 2 spaces: they cannot be seen and do nothing.');
    });

    it('flags tabs', () => {
      expect(lint('One.\t\nTwo.')[0]?.message).toBe('A tab at the end of the line: it cannot be seen and does nothing.');
    });

    it('flags two spaces before a blank line or a list item as plain trailing spaces (no line break there), in one note', () => {
      const text = body('Paragraph end.  \n\n* item  \n* next');
      const diagnostics = runRule(trailingWhitespaceRule, text);
      expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['2 lines end in spaces or tabs: they cannot be seen and do nothing. The fix removes them all.']);
      const fix = diagnostics[0]?.fix;
      expect(fix && text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe(body('Paragraph end.\n\n* item\n* next'));
    });

    it('makes one note for the whole posting whose fix removes every idle run, keeping hard breaks', () => {
      const text = body('One. \nJane Doe  \nHead of People\n\nTwo.\t\n\nThree.  ');
      const diagnostics = runRule(trailingWhitespaceRule, text);
      expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['info', 'warning']);
      const fix = diagnostics[0]?.fix;
      expect(fix && text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe(body('One.\nJane Doe  \nHead of People\n\nTwo.\n\nThree.'));
    });

    it('warns about a Markdown hard line break instead of removing it', () => {
      const text = body('Jane Doe  \nHead of People');
      const [diagnostic] = runRule(trailingWhitespaceRule, text);
      expect(diagnostic?.severity).toBe('warning');
      expect(diagnostic?.message).toMatch(/^The spaces at the end of this line make a line break in the published page/);
      expect(diagnostic?.fix).toBeUndefined();
      expect(diagnostic?.suggestions?.map((suggestion) => suggestion.title)).toEqual(['Replace the spaces with a backslash', 'Remove the spaces (no line break)']);
      const edit = diagnostic?.suggestions?.[0]?.edit;
      expect(edit && text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(body('Jane Doe\\\nHead of People'));
    });
  });

  it('flags the trailing whitespace of the senior backend engineer fixture in one note, and its fix leaves none', () => {
    const text = readFileSync(new URL('../../../../../shared/fixtures/senior-backend-engineer.md', import.meta.url), 'utf8');
    const diagnostics = runRule(trailingWhitespaceRule, text);
    expect(diagnostics.map((diagnostic) => [diagnostic.line, flagged(text, diagnostic).length, diagnostic.message])).toEqual([
      [9, 7, '7 lines end in spaces or tabs: they cannot be seen and do nothing. The fix removes them all.'],
    ]);
    const fix = diagnostics[0]?.fix;
    const fixed = fix ? text.slice(0, fix.start) + fix.text + text.slice(fix.end) : text;
    expect(fixed).toBe(text.replace(/[ \t]+$/gm, ''));
    expect(runRule(trailingWhitespaceRule, fixed)).toEqual([]);
  });
});
