import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { emptyLinkRule } from './empty-link.js';

const body = (text: string) => `+++\ntitle = "Data Engineer"\n+++\n\n${text}\n`;
const lint = (text: string) => runRule(emptyLinkRule, body(text));

describe('empty-link', () => {
  describe('valid', () => {
    it.each([
      '[Apply here](https://jobs.example.com/1)',
      '[Write to us](mailto:jobs@example.com)',
      '[Benefits](#benefits)',
      '<https://example.com>',
      '![Our team at the 2024 retreat](team.jpg)',
      '[//]: # (A Markdown comment: not a link)',
      '`[](not a link)`',
    ])('%j', (text) => {
      expect(lint(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a link without text', () => {
      const text = body('See [](https://example.com).');
      const [diagnostic] = runRule(emptyLinkRule, text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('[](https://example.com)');
      expect(diagnostic?.message).toBe('This link has no text, so there is nothing to click: write the text between the brackets, [like this](…).');
    });

    it.each([
      ['[Apply here]()', 'The link “Apply here” has no address'],
      ['[Apply here](<>)', 'The link “Apply here” has no address'],
      ['[Apply here](#)', 'The link “Apply here” goes nowhere (“#”)'],
      ['[Apply here](https://)', 'The link “Apply here” goes nowhere (“https://”)'],
      ['[Apply here](TODO)', 'The link “Apply here” goes nowhere (“TODO”)'],
    ])('flags %j', (markdown, message) => {
      const [diagnostic, ...rest] = lint(markdown);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ severity: 'warning' });
      expect(diagnostic?.message.startsWith(message)).toBe(true);
    });

    it('reports an image without alt text as info', () => {
      const [diagnostic] = lint('![](team.jpg)');
      expect(diagnostic).toMatchObject({ severity: 'info' });
      expect(diagnostic?.message).toMatch(/^This image has no description \(alt text\)/);
    });
  });
});
