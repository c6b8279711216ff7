import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../../engine.js';
import { runRule } from '../../test-support/run-rule.js';
import { howToApplyRule } from './how-to-apply.js';
import { posting } from './test-posting.js';

const lint = (text: string, unsafeHtml = false) => runRule(howToApplyRule, text, { config: { unsafeHtml } });
const button = `<button class="btn btn-success" onclick="location.href='mailto:careers@example.com';">Apply now</button>`;

describe('how-to-apply', () => {
  describe('valid: there is a way to apply', () => {
    it.each([
      ['application_url', 'application_url = "https://jobs.example.com/123"\n'],
      ['params.apply_url', '[params]\napply_url = "https://jobs.example.com/123"\n'],
      ['applyLink', 'applyLink = "https://jobs.example.com/123"\n'],
      ['an e-mail detail', 'email = "jobs@example.com"\n'],
    ])('in the details: %s', (_name, frontMatter) => {
      expect(lint(posting(frontMatter, 'We build things.'))).toEqual([]);
    });

    it.each([
      'Send your CV to jobs@example.com.',
      'Questions? Write to <jobs@example.com>.',
      '[Apply here](https://jobs.example.com/123)',
      'Interested? [Write to us](mailto:jobs@example.com)',
      'Please submit your application at [our portal](https://jobs.example.com).',
      '## How to apply\n\nFill in the form on our site.',
      '## Apply now\n\nWe look forward to hearing from you.',
      'Apply online through our careers site.',
      'To apply, fill in the form.',
      'Please send your resume and a short note about yourself.',
    ])('in the text: %s', (body) => {
      expect(lint(posting('', body))).toEqual([]);
    });

    it('counts an HTML apply button when the site publishes raw HTML', () => {
      expect(lint(posting('', `We build things.\n\n${button}`), true)).toEqual([]);
    });

    it('does not check a section list page (_index.md)', () => {
      const document = createLintDocument(posting('', 'Careers.'), { path: 'content/jobs/_index.md' });
      expect(lintDocument(document, [howToApplyRule], { config: DEFAULT_CONFIG })).toEqual([]);
    });
  });

  describe('invalid: no way to apply', () => {
    it('warns when the posting gives no link, address or instructions', () => {
      const diagnostics = lint(posting('', 'We build things. You will apply machine learning to survey data.'));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: 'how-to-apply', severity: 'warning', line: 1, column: 1 });
      expect(diagnostics[0]?.message).toMatch(/^The posting does not say how to apply\./);
    });

    it('does not count links that are not about applying', () => {
      expect(lint(posting('', 'Read our [API documentation](https://example.com/api) and our [web application](https://example.com).'))).toHaveLength(1);
    });

    it('does not count an address in a line commented out with [//]: #', () => {
      expect(lint(posting('', 'We build things.\n\n[//]: # (Send your CV to jobs@example.com)'))).toHaveLength(1);
    });

    it('says an HTML button will not be published when the site leaves raw HTML out', () => {
      const diagnostics = lint(posting('', `We build things.\n\n${button}`), false);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]?.message).toMatch(/^No way to apply will be published: the application button is raw HTML/);
    });

    it('does not take an image name or a heading about applying skills for a way to apply', () => {
      expect(lint(posting('', '## Applying ML at scale\n\n![Logo](logo@2x.png)'))).toHaveLength(1);
    });

    it('does not take a deadline detail for a way to apply', () => {
      expect(lint(posting('application_deadline = 2026-06-01\n', 'We build things.'))).toHaveLength(1);
    });
  });
});
