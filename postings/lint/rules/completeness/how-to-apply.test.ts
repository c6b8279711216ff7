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

    it.each([
      ['To view details of this position and to apply, please go to:\n\nhttp://vacancies.vuw.ac.nz/'],
      ['The closing date for the submission of completed application forms is Tuesday 12 June.'],
      ['Applications close: 2nd July 2008.'],
      ['Applications must be submitted electronically and include a cover letter and a CV.'],
      ['Further details of the application process are available on www.example.ie.'],
      ['For more information, including application instructions, follow the links below.'],
      ['[More information](https://jobs.unimelb.edu.au/en/job/916660/senior-bioinformatician)'],
      ['1. QA Engineer Mobile - €60.000 - [grnh.se/ad3i2y62teu](https://grnh.se/ad3i2y62teu)'],
      ['**How to apply:**\n\nFill in the form.'],
      ['#### How to apply\n\nFill in the form.'],
    ])('as people write it: %s', (body) => {
      expect(lint(posting('', `We build things.\n\n${body}`))).toEqual([]);
    });

    it.each([
      ['an HTML button', button],
      ['an HTML link to an applicant-tracking system', 'More here: <a href="https:&#x2F;&#x2F;foodee.bamboohr.com&#x2F;careers&#x2F;562" rel="nofollow">careers</a>'],
      ['instructions in an HTML paragraph', '<p>Details of the application process are available on www.ria.ie.</p>'],
    ])('counts %s, published or not (the raw-html rule warns at a tag the site leaves out)', (_name, html) => {
      expect(lint(posting('', `We build things.\n\n${html}`), true)).toEqual([]);
      expect(lint(posting('', `We build things.\n\n${html}`), false)).toEqual([]);
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
      expect(diagnostics[0]?.message).toMatch(/^The posting does not say how to apply:/);
    });

    it('does not count links that are not about applying', () => {
      expect(lint(posting('', 'Read our [API documentation](https://example.com/api) and our [web application](https://example.com).'))).toHaveLength(1);
    });

    it('does not count an address in a line commented out with [//]: #', () => {
      expect(lint(posting('', 'We build things.\n\n[//]: # (Send your CV to jobs@example.com)'))).toHaveLength(1);
    });

    it('quotes what the posting says about applying when it says no more', () => {
      const diagnostics = lint(posting('', 'If you like products at scale, click to apply below.'));
      expect(diagnostics[0]?.message).toMatch(/^The posting mentions applying \(“If you like products at scale, click to apply below”\) but gives no link/);
    });

    it('says what is missing when applying is not mentioned at all', () => {
      expect(lint(posting('', 'We build things.'))[0]?.message).toMatch(/^The posting does not say how to apply: no application link, e-mail address, instructions or closing date\./);
    });

    it.each([
      'You can learn new tools and to apply new techniques quickly.',
      'You will meet a tight deadline for our web applications.',
    ])('does not take work wording for a way to apply: %s', (body) => {
      expect(lint(posting('', body))).toHaveLength(1);
    });

    it('does not take a review start date or a link to another page for a way to apply', () => {
      expect(lint(posting('', 'Review of applications will begin on September 1.\n\nSee [the thread](http://thread.gmane.org/rails/9151).'))).toHaveLength(1);
    });

    it('does not take an image name or a heading about applying skills for a way to apply', () => {
      expect(lint(posting('', '## Applying ML at scale\n\n![Logo](logo@2x.png)'))).toHaveLength(1);
    });

    it('does not take a deadline detail for a way to apply', () => {
      expect(lint(posting('application_deadline = 2026-06-01\n', 'We build things.'))).toHaveLength(1);
    });
  });
});
