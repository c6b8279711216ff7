import { describe, expect, it } from 'vitest';
import { runRule } from '../../test-support/run-rule.js';
import { lengthRule, MAX_WORDS, MIN_WORDS } from './length.js';
import { posting } from './test-posting.js';

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
const lint = (text: string) => runRule(lengthRule, text);

describe('length', () => {
  describe('valid', () => {
    it.each([MIN_WORDS, 400, MAX_WORDS])('accepts %i words', (count) => {
      expect(lint(posting('', words(count)))).toEqual([]);
    });

    it('does not count code, link addresses or HTML tags', () => {
      const body = `${words(MAX_WORDS - 2)} [see here](https://example.com/a/b/c/d)\n\n\`\`\`\n${words(200)}\n\`\`\`\n\n<div class="a b c d e f"></div>`;
      expect(lint(posting('', body))).toEqual([]);
    });

    it('counts the text inside raw HTML, which is published', () => {
      const body = `${words(MAX_WORDS - 2)}\n\n<div>${words(50)}</div>`;
      expect(lint(posting('', body))).toHaveLength(1);
    });
  });

  describe('invalid', () => {
    it('warns on a short posting with the numbers', () => {
      const diagnostics = lint(posting('', words(94)));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]?.message).toBe(
        'The posting text has 94 words; postings under 150 words rarely say enough about the role, the work, the requirements, pay and how to apply. Most postings run 300–700 words.',
      );
    });

    it('warns on a long posting with the numbers', () => {
      const diagnostics = lint(posting('', words(1450)));
      expect(diagnostics[0]?.message).toMatch(/^The posting text has 1,450 words; postings over 1,200 words are a long read/);
    });

    it('says so when the posting has no text', () => {
      expect(lint(posting('', ''))[0]?.message).toBe('The posting has no text yet.');
    });

    it('does not count the details (front matter) as text', () => {
      expect(lint(posting(`description = "${words(300)}"\n`, words(20)))[0]?.message).toMatch(/has 20 words/);
    });
  });
});
