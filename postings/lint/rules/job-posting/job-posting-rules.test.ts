import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE } from '../../../test-support/temp-site.js';
import { runRule, type RuleTestContext } from '../../test-support/run-rule.js';
import type { Rule } from '../../types.js';
import { baseSalaryRule } from './base-salary.js';
import { datePostedRule } from './date-posted.js';
import { descriptionRule } from './description.js';
import { employmentTypeRule } from './employment-type.js';
import { jobPostingRules } from './index.js';
import { jobLocationRule } from './job-location.js';

const on: RuleTestContext = { config: { rules: { 'job-posting': { enabled: true } }, company: 'Kestrel Row' } };
const lint = (rule: Rule, text: string, context: RuleTestContext = on) => runRule(rule, text, context).map((diagnostic) => diagnostic.message);
const posting = (details: string, body = 'We build software for bookstores.\n') => `+++\ntitle = "Engineer"\ndate = 2026-05-01\n${details}+++\n${body}`;

describe('the job-posting rules (Google’s JobPosting)', () => {
  it('are off unless the repository turns them on', () => {
    const bare = '+++\ntitle = "Engineer"\n+++\n';
    for (const rule of jobPostingRules) expect(runRule(rule, bare), rule.meta.id).toEqual([]);
    expect(lint(jobLocationRule, bare).length).toBe(1);
  });

  it('are on one by one too, with the severity the setting gives', () => {
    const [diagnostic] = runRule(jobLocationRule, posting(''), { config: { rules: { 'job-posting-location': { enabled: true, severity: 'error' } } } });
    expect(diagnostic?.severity).toBe('error');
  });

  it('find nothing to warn about in the sample site’s postings that state pay, place and dates', () => {
    const careers = join(SAMPLE_SITE, 'content', 'careers');
    const files = readdirSync(careers, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md') && !name.endsWith('_index.md'));
    for (const file of files) {
      const text = readFileSync(join(careers, file), 'utf8');
      for (const rule of jobPostingRules) expect(lint(rule, text), `${file} ${rule.meta.id}`).toEqual([]);
    }
  });

  describe('job-posting-location', () => {
    it.each([
      ['a city and region', '[params]\nlocation = "Portland, Oregon"\n'],
      ['a city and country', 'location = "Lisbon, Portugal"\n'],
      ['remote, open to named countries', '[params]\nlocation = "Remote (United States or Canada)"\nremote = "remote"\n'],
    ])('is satisfied by %s', (_name, details) => {
      expect(lint(jobLocationRule, posting(details))).toEqual([]);
    });

    it('warns when there is no place of work at all', () => {
      expect(lint(jobLocationRule, posting(''))).toEqual([expect.stringMatching(/^Google’s job search needs the place of work/)]);
    });

    it('asks a remote job for the countries it is open to, at its location detail', () => {
      const text = posting('remote = "remote"\nlocation = "Remote, anywhere"\n');
      const [diagnostic] = runRule(jobLocationRule, text, on);
      expect(diagnostic?.message).toMatch(/names no country applicants may live in/);
      expect(diagnostic?.line).toBe(5);
    });
  });

  describe('job-posting-date-posted', () => {
    it('warns when the posting has no publish date', () => {
      expect(lint(datePostedRule, '+++\ntitle = "Engineer"\nlocation = "Lisbon, Portugal"\n+++\nText\n')).toEqual([expect.stringMatching(/needs the date the job was posted/)]);
    });
    it('is satisfied by a date or a publish date', () => {
      expect(lint(datePostedRule, posting(''))).toEqual([]);
      expect(lint(datePostedRule, '+++\ntitle = "Engineer"\npublishDate = "2026-05-01T09:00:00Z"\n+++\nText\n')).toEqual([]);
    });
  });

  describe('job-posting-description', () => {
    it('warns about a posting without text', () => {
      expect(lint(descriptionRule, posting('', '\n'))).toEqual([expect.stringMatching(/needs the posting’s text/)]);
      expect(lint(descriptionRule, posting(''))).toEqual([]);
    });
  });

  describe('job-posting-salary', () => {
    it('warns about pay Google cannot use: no currency, or no unit it can tell', () => {
      expect(lint(baseSalaryRule, posting('pay_min = 60000\npay_max = 70000\n'))).toEqual([expect.stringMatching(/currency/)]);
      expect(lint(baseSalaryRule, posting('pay_min = 3000\npay_max = 4000\ncurrency = "EUR"\n'))).toEqual([expect.stringMatching(/unitText/)]);
    });
    it('is satisfied by amounts, currency and unit, or by no pay at all (the completeness rules ask for pay)', () => {
      expect(lint(baseSalaryRule, posting('pay_min = 3000\npay_max = 4000\ncurrency = "EUR"\npay_unit = "month"\n'))).toEqual([]);
      expect(lint(baseSalaryRule, posting(''))).toEqual([]);
    });
  });

  describe('job-posting-employment-type', () => {
    it('notes a type Google does not know, or none', () => {
      expect(lint(employmentTypeRule, posting('employment_type = "permanent-ish"\n'))).toEqual([]);
      expect(lint(employmentTypeRule, posting('employment_type = "zero hours"\n'))).toEqual([expect.stringMatching(/does not know the employment type “zero hours”/)]);
      expect(lint(employmentTypeRule, posting(''))).toEqual([expect.stringMatching(/add one/)]);
    });
    it('accepts the usual ways of writing the types', () => {
      for (const type of ['full-time', 'Part time', 'FULL_TIME', 'contract', 'internship', 'temporary']) expect(lint(employmentTypeRule, posting(`employment_type = "${type}"\n`)), type).toEqual([]);
    });
  });
});
