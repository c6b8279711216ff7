import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contextForFile, exportSetupFor, postingIdentifier } from '../print/export-context.js';
import { SAMPLE_SITE } from '../test-support/temp-site.js';
import { buildExportDocument } from './document.js';
import { checkJobPosting, type JobPostingProblem } from './job-posting-check.js';
import { jobPosting, jobPostingScript, type JobPostingLd } from './job-posting.js';

const setup = exportSetupFor(SAMPLE_SITE);
const careers = join(SAMPLE_SITE, 'content', 'careers');
const postings = readdirSync(careers, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md') && !name.endsWith('_index.md'))
  .sort();

function ldOf(name: string): JobPostingLd {
  const file = join(careers, name);
  const identifier = postingIdentifier(SAMPLE_SITE, file) as string;
  return jobPosting(buildExportDocument(readFileSync(file, 'utf8'), setup.context), { identifier });
}

const summary = (problems: JobPostingProblem[]): string[] => problems.map((problem) => `${problem.kind} ${problem.property}`).sort();

describe('the JobPosting JSON-LD of the sample site', () => {
  it('has every property Google requires, valid, for every posting', () => {
    expect(postings.length).toBe(8);
    for (const name of postings) {
      const problems = checkJobPosting(ldOf(name));
      expect(problems.filter((problem) => problem.kind !== 'missing-recommended'), name).toEqual([]);
    }
  });

  it('misses only the recommended properties the postings do not state: no pay in two, no closing date in most, never directApply', () => {
    const missing = Object.fromEntries(postings.map((name) => [name, summary(checkJobPosting(ldOf(name)))]));
    const noClose = ['missing-recommended directApply', 'missing-recommended validThrough'];
    expect(missing).toEqual({
      'account-executive.md': noClose,
      'data-analyst.md': ['missing-recommended directApply'],
      'frontend-engineer-lisbon.md': noClose,
      'onboarding-specialist-libraries.md': ['missing-recommended baseSalary', ...noClose],
      'part-time-customer-support-specialist.md': noClose,
      'product-designer.md': ['missing-recommended baseSalary', ...noClose],
      'senior-backend-engineer.md': noClose,
      'technical-writer/index.md': noClose,
    });
  });

  it('states the place, the remote policy and the pay as Google reads them', () => {
    expect(ldOf('senior-backend-engineer.md')).toMatchObject({
      title: 'Senior Backend Engineer',
      datePosted: '2026-03-02T09:00:00+01:00',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Kestrel Row' },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [
        { '@type': 'Country', name: 'United States' },
        { '@type': 'Country', name: 'Canada' },
      ],
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 135000, maxValue: 160000, unitText: 'YEAR' } },
      identifier: { '@type': 'PropertyValue', name: 'Kestrel Row', value: 'content/careers/senior-backend-engineer.md' },
    });
    expect(ldOf('senior-backend-engineer.md').jobLocation).toBeUndefined();
    expect(ldOf('frontend-engineer-lisbon.md').jobLocation).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Lisbon', addressCountry: 'PT' },
    });
    expect(ldOf('onboarding-specialist-libraries.md').jobLocation?.address).toMatchObject({ addressLocality: 'Toronto', addressRegion: 'ON', addressCountry: 'CA' });
    expect(ldOf('part-time-customer-support-specialist.md')).toMatchObject({ employmentType: 'PART_TIME', baseSalary: { value: { minValue: 26, maxValue: 31, unitText: 'HOUR' } } });
    expect(ldOf('data-analyst.md')).toMatchObject({ validThrough: '2025-03-31T23:59:59-07:00', jobLocationType: 'TELECOMMUTE', jobLocation: { address: { addressLocality: 'Portland', addressRegion: 'OR' } } });
    expect(ldOf('onboarding-specialist-libraries.md').datePosted).toBe('2026-08-03T09:00:00');
  });

  it('gives the published page’s address, from the site’s baseURL', () => {
    const file = join(careers, 'technical-writer', 'index.md');
    const ld = jobPosting(buildExportDocument(readFileSync(file, 'utf8'), contextForFile(setup, file)));
    expect(ld.url).toBe('https://careers.kestrelrow.example/careers/technical-writer/');
    expect(checkJobPosting(ld).filter((problem) => problem.kind !== 'missing-recommended')).toEqual([]);
  });

  it('gives the description as the preview’s HTML', () => {
    const file = join(careers, 'account-executive.md');
    expect(ldOf('account-executive.md').description).toBe(buildExportDocument(readFileSync(file, 'utf8'), setup.context).bodyHtml.trim());
  });
});

describe('checkJobPosting finds what Google would refuse', () => {
  const good = (): JobPostingLd => ldOf('account-executive.md');

  it.each<[string, (ld: JobPostingLd) => void, string]>([
    ['no title', (ld) => delete ld.title, 'missing-required title'],
    ['no description', (ld) => delete ld.description, 'missing-required description'],
    ['no date', (ld) => delete ld.datePosted, 'missing-required datePosted'],
    ['no company', (ld) => delete ld.hiringOrganization, 'missing-required hiringOrganization'],
    ['no place of work', (ld) => delete ld.jobLocation, 'missing-required jobLocation'],
    ['a date Google cannot read', (ld) => (ld.datePosted = 'April 2026'), 'invalid datePosted'],
    ['an employment type it does not know', (ld) => (ld.employmentType = 'Full time'), 'invalid employmentType'],
    ['pay without a currency', (ld) => delete ld.baseSalary?.currency, 'invalid baseSalary'],
    ['pay without a unit', (ld) => delete ld.baseSalary?.value.unitText, 'invalid baseSalary'],
    ['a country that is not a code', (ld) => ld.jobLocation && (ld.jobLocation.address.addressCountry = 'United States'), 'invalid jobLocation'],
    ['a title with markup', (ld) => (ld.title = '<b>Engineer</b>'), 'invalid title'],
  ])('%s', (_name, spoil, expected) => {
    const ld = good();
    expect(summary(checkJobPosting(ld)).filter((line) => !line.startsWith('missing-recommended'))).toEqual([]);
    spoil(ld);
    expect(summary(checkJobPosting(ld))).toContain(expected);
  });

  it('asks a remote job without an office for the countries it is open to', () => {
    const ld = ldOf('senior-backend-engineer.md');
    delete ld.applicantLocationRequirements;
    expect(summary(checkJobPosting(ld))).toContain('missing-required applicantLocationRequirements');
  });
});

describe('jobPostingScript', () => {
  it('cannot be closed or commented out by text in the posting', () => {
    const ld = ldOf('account-executive.md');
    ld.title = 'Engineer </script><script>alert(1)</script> <!-- x';
    const script = jobPostingScript(ld);
    const document = parseDocument(`<head>${script}</head>`);
    const scripts = document.children.flatMap((node) => ('children' in node ? node.children : [])).filter((node) => node.type === 'script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual(JSON.parse(JSON.stringify(ld)));
    expect(script.slice(0, -'</script>'.length)).not.toMatch(/<\/script|<!--/i);
  });
});
