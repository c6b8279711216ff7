import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitPosting } from '../file/split.js';
import { parseFrontMatter } from '../posting/front-matter.js';
import { SAMPLE_SITE } from '../test-support/temp-site.js';
import { postingFacts } from './facts.js';
import { formatDate, keyDetails } from './key-details.js';

function detailsOf(text: string, locale = 'en-US'): Record<string, string> {
  const root = parseFrontMatter(text, splitPosting(text))?.root;
  if (!root) throw new Error('no front matter');
  return Object.fromEntries(keyDetails(postingFacts(root), locale).map((detail) => [detail.label, detail.value]));
}

const sample = (path: string): string => readFileSync(join(SAMPLE_SITE, 'content', 'careers', path), 'utf8');

describe('key details', () => {
  it('reads the sample site’s [params] details into the words a candidate reads', () => {
    expect(detailsOf(sample('account-executive.md'))).toEqual({
      Location: 'Portland, Oregon',
      'Work setup': 'Hybrid',
      'Employment type': 'Full-time',
      Pay: '$70,000–$85,000 a year',
      Posted: 'April 10, 2026',
    });
  });

  it('gives hourly pay per hour, and no work setup when the location already says remote', () => {
    expect(detailsOf(sample('part-time-customer-support-specialist.md'))).toEqual({
      Location: 'Remote (United States, Pacific or Mountain time)',
      'Employment type': 'Part-time',
      Pay: '$26–$31 an hour',
      Posted: 'May 1, 2026',
    });
  });

  it('formats amounts and dates for the site’s language, and says when applications close', () => {
    expect(detailsOf(sample('frontend-engineer-lisbon.md'), 'pt-PT').Pay).toMatch(/^52\s000\s€–64\s000\s€ a year$/u);
    expect(detailsOf(sample('data-analyst.md'))['Applications close']).toBe('March 31, 2025');
  });

  it('takes a publish date over the date, and never shifts a date by its offset', () => {
    expect(detailsOf(sample('technical-writer/index.md')).Posted).toBe('September 14, 2026');
    expect(formatDate('2026-03-02T00:30:00+09:00', 'en-US')).toBe('March 2, 2026');
  });

  it('reads other sites’ names for the same details, at the top level too', () => {
    const text = '+++\ntitle = "Nurse"\nemploymentType = "PART_TIME"\nsalary = "$40–$50 an hour"\ncity = "Leeds, UK"\n+++\nText\n';
    expect(detailsOf(text)).toEqual({ Location: 'Leeds, UK', 'Employment type': 'Part-time', Pay: '$40–$50 an hour' });
  });

  it('leaves out what the posting does not state', () => {
    expect(detailsOf('+++\ntitle = "Engineer"\n+++\nText\n')).toEqual({});
  });
});
