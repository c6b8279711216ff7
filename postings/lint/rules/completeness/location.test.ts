import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../../engine.js';
import { runRule } from '../../test-support/run-rule.js';
import { locationRule } from './location.js';
import { posting } from './test-posting.js';

const lint = (text: string) => runRule(locationRule, text);

describe('location', () => {
  describe('valid: the workplace is stated', () => {
    it.each([
      ['location', 'location = "Berlin, Germany"\n'],
      ['params.location', '[params]\nlocation = "Remote (EU)"\n'],
      ['remote as a boolean', 'remote = false\n'],
      ['city', 'city = "Toronto"\n'],
      ['country', 'country = "DE"\n'],
      ['workplace', '[params]\nworkplace = "hybrid"\n'],
      ['job_location', 'job_location = "Austin, TX"\n'],
    ])('in the details: %s', (_name, frontMatter) => {
      expect(lint(posting(frontMatter, 'We build things.'))).toEqual([]);
    });

    it('in the title', () => {
      expect(lint('+++\ntitle = "Data Engineer (Remote)"\n+++\nWe build things.\n')).toEqual([]);
    });

    it.each([
      'We are looking for someone in Brisbane, Australia.',
      'flaconi - Germany &#x2F; Berlin - Full Time',
      'Hiring a Rails developer for northern Germany.',
      'You will be based at the University of Melbourne’s Parkville campus.',
      'New York City residency is generally required within 90 days.',
      'Send it to Library Personnel, 5-02 Cameron, Edmonton AB T6G 2E1.',
    ])('as places people write them: %s', (body) => {
      expect(lint(posting('', body))).toEqual([]);
    });

    it.each([
      'This is a 100% remote role.',
      'We work remotely across time zones.',
      'The role is hybrid: two days a week in the office.',
      'This is an on-site position.',
      'This is an onsite position.',
      '**Work location:** Anywhere',
      'You will work in our Berlin office.',
      'It’s a tremendous time to be working in a D.C. newsroom.',
      'You will be part of the Leeds clinic.',
      'The team is based in Toronto.',
      'Join our fully distributed team.',
      'Crunch is a remote-first company.',
      'You can be located anywhere.',
      'You will work in person with the lab team.',
    ])('in the text: %s', (body) => {
      expect(lint(posting('', body))).toEqual([]);
    });

    it('does not check a section list page (_index.md)', () => {
      const document = createLintDocument(posting('', 'Careers.'), { path: 'content/jobs/_index.md' });
      expect(lintDocument(document, [locationRule], { config: DEFAULT_CONFIG })).toEqual([]);
    });
  });

  describe('invalid: no workplace', () => {
    it('warns when the posting says nothing about where the work is', () => {
      const diagnostics = lint(posting('', 'We build data pipelines in Python.'));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: 'location', severity: 'warning', line: 1, column: 1 });
      expect(diagnostics[0]?.message).toBe(
        'No location or remote policy in the details or the text. Say where the work is done (city, country) and whether it is on-site, hybrid or remote.',
      );
    });

    it.each([
      'Experience with remote sensing data and remote procedure calls.',
      'You will build hybrid cloud infrastructure.',
      'We use `remote: true` in our config.',
      'Distributed systems experience is a plus.',
    ])('is not fooled by %j', (body) => {
      expect(lint(posting('', body))).toHaveLength(1);
    });

    it('does not count an empty location detail', () => {
      expect(lint(posting('location = ""\n', 'We build things.'))).toHaveLength(1);
    });
  });
});
