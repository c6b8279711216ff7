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
      '[exascale barrier in HPC][sage]\n\n[sage]: https://www.sagestorage.eu/',
      '[Nix][] and [Bazel]\n\n[nix]: https://nixos.org\n[BAZEL]: https://bazel.build',
      '[GHC  Proposal][linear types]\n\n[Linear   Types]: https://github.com/ghc-proposals/ghc-proposals/pull/111',
      '[paper][p] comes before its definition.\n\n- a list\n\n[p]: <https://arxiv.org/abs/1710.09756> "Linear Haskell"',
      '[![Build status](https://ci.example.com/badge.svg)](https://ci.example.com)',
      'A [bracketed aside] that no definition names is text, not a link.',
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

    it('names the label when a reference-style link has no definition', () => {
      const text = body('Read the [paper][linear-types-paper].\n\n[linear-types]: https://example.com');
      const [diagnostic] = runRule(emptyLinkRule, text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('[paper][linear-types-paper]');
      expect(diagnostic?.message).toBe('The link “paper” refers to [linear-types-paper], but no line of the file defines that address: add one, [linear-types-paper]: https://…');
    });

    it('reports a reference definition that goes nowhere', () => {
      expect(lint('[Apply][a]\n\n[a]: #')[0]?.message).toBe('The link “Apply” goes nowhere (“#”): put the page or e-mail address it should open between the parentheses.');
    });

    it('still reports the image without alt text inside a linked image, as info only', () => {
      expect(lint('[![](logo.png)](https://example.com)').map((diagnostic) => diagnostic.severity)).toEqual(['info']);
    });

    it('reports an image without alt text as info', () => {
      const [diagnostic] = lint('![](team.jpg)');
      expect(diagnostic).toMatchObject({ severity: 'info' });
      expect(diagnostic?.message).toMatch(/^This image has no description \(alt text\)/);
    });
  });
});
