import { describe, expect, it } from 'vitest';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { rawHtmlRule } from './raw-html.js';

const body = (text: string) => `+++\ntitle = "Data Engineer"\n+++\n\n${text}\n`;
const lint = (text: string, unsafeHtml: boolean) => runRule(rawHtmlRule, body(text), { config: { unsafeHtml } });
const button = `<button class="btn btn-success" onclick="location.href='mailto:careers@example.com';">Apply now</button>`;

describe('raw-html', () => {
  describe('valid', () => {
    it.each([
      ['Markdown only', 'Plain **Markdown** with [a link](https://example.com).', false],
      ['an HTML comment', '<!-- note for editors -->', false],
      ['HTML in a code span', 'Use `<br>` for breaks.', false],
      ['harmless HTML on a site that publishes it', '<div class="note">\nWe are hiring.\n</div>\n\ntext<br>\nmore <b>bold</b>', true],
    ] as const)('%s', (_name, text, unsafeHtml) => {
      expect(lint(text, unsafeHtml)).toEqual([]);
    });
  });

  describe('invalid: the site leaves raw HTML out', () => {
    it('says an HTML block silently disappears, text included', () => {
      const text = body('Intro.\n\n<div class="note">\nWe are hiring.\n</div>');
      const [diagnostic, ...rest] = runRule(rawHtmlRule, text);
      expect(rest).toEqual([]);
      expect(diagnostic && flagged(text, diagnostic)).toBe('<div class="note">\nWe are hiring.\n</div>');
      expect(diagnostic?.message).toBe(
        'This HTML will not be published: the site leaves raw HTML out (markup.goldmark.renderer.unsafe is off in its Hugo config), so it silently disappears from the page, text “We are hiring.” included. Write it in Markdown instead.',
      );
    });

    it('reports an inline button once, saying its text stays', () => {
      const text = body(`Intro.\n\n${button}`);
      const [diagnostic, ...rest] = runRule(rawHtmlRule, text);
      expect(rest).toEqual([]);
      expect(diagnostic && flagged(text, diagnostic)).toBe(button);
      expect(diagnostic?.message).toMatch(/^These HTML tags will not be published: .*; the text “Apply now” stays, without what the tags do\./);
    });

    it('has its own words for <br>', () => {
      const [diagnostic] = lint('**Reporting to:** VP\n<br>\n**Location:** Remote', false);
      expect(diagnostic?.message).toBe(
        'The line break (<br>) will not be published: the site leaves raw HTML out (markup.goldmark.renderer.unsafe is off in its Hugo config). End the line with a backslash (\\) instead.',
      );
    });
  });

  describe('invalid: the site publishes raw HTML', () => {
    it.each([
      ['<script>track()</script>', /^This script runs on the live page but the preview and exports remove it/],
      ['<iframe src="https://example.com/video"></iframe>', /^Embedded content \(<iframe>\) is removed from the preview and exports/],
      ['<a href="javascript:apply()">Apply</a>', /^A javascript: link runs code/],
    ] as const)('warns about %j', (html, message) => {
      const [diagnostic, ...rest] = lint(`Intro.\n\n${html}`, true);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ severity: 'warning' });
      expect(diagnostic?.message).toMatch(message);
    });

    it('reports an onclick button as info, suggesting a link styled the same', () => {
      const text = body(`Intro.\n\n${button}`);
      const [diagnostic] = runRule(rawHtmlRule, text, { config: { unsafeHtml: true } });
      expect(diagnostic).toMatchObject({ severity: 'info' });
      expect(diagnostic?.message).toBe(
        'The “Apply now” button works only through JavaScript (onclick), which the preview and exports remove: there it does nothing. A link styled as a button works everywhere.',
      );
      const edit = diagnostic?.suggestions?.[0]?.edit;
      expect(edit && text.slice(edit.start, edit.end)).toBe(button);
      expect(edit?.text).toBe('<a class="btn btn-success" href="mailto:careers@example.com">Apply now</a>');
    });

    it('reports other handlers without a suggestion', () => {
      const [diagnostic] = lint('Intro.\n\n<span onmouseover="alert(1)">Hover</span>', true);
      expect(diagnostic?.message).toBe('“Hover” relies on JavaScript (onmouseover), which the preview and exports remove: there it does nothing.');
      expect(diagnostic?.suggestions).toBeUndefined();
    });
  });
});
