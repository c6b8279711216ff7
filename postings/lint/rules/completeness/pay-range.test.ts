import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../../engine.js';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { payRangeRule } from './pay-range.js';
import { posting } from './test-posting.js';

const lint = (text: string, config: { jurisdiction?: string; today?: string } = {}) => runRule(payRangeRule, text, { config });

describe('pay-range', () => {
  describe('valid: a range is stated', () => {
    it.each([
      ['pay_min and pay_max', 'pay_min = 95000\npay_max = 120000\n'],
      ['params.pay_min and params.pay_max', '[params]\npay_min = 95000\npay_max = 120000\n'],
      ['salaryMin and salaryMax', 'salaryMin = 95000\nsalaryMax = 120000\n'],
      ['min_salary and max_salary', 'min_salary = "95,000"\nmax_salary = "120,000"\n'],
      ['a salary table', '[params.salary]\nmin = 95000\nmax = 120000\ncurrency = "USD"\n'],
      ['an inline salary table', 'salary = { min = 95000, max = 120000 }\n'],
      ['a salary string with a range', 'salary = "$95,000 – $120,000"\n'],
      ['a compensation string without currency', 'compensation = "95000-120000"\n'],
      ['a salary array', 'salary = [95000, 120000]\n'],
      ['a fixed pay', 'salary = 60000\n'],
      ['schema.org baseSalary', '[baseSalary.value]\nminValue = 40\nmaxValue = 50\nunitText = "HOUR"\n'],
      ['a range in the description', 'description = "Remote data role, $95,000–$120,000 a year"\n'],
    ])('in the details: %s', (_name, frontMatter) => {
      expect(lint(posting(frontMatter, 'We build things.'))).toEqual([]);
    });

    it.each([
      'The salary for this role is $95,000–$120,000 a year.',
      'Pay: $95k-$120k plus equity.',
      'Gehalt: 95 000 – 120 000 EUR brutto im Jahr.',
      'We pay €52,000 to €64,000.',
      'Rate: USD 40-50/hour.',
      'Salary £30,000 - £35,000 per annum.',
      'You will earn between $40 and $50 an hour.',
      'Salary **$95,000**–**$120,000**',
    ])('in the text: %s', (body) => {
      expect(lint(posting('', body))).toEqual([]);
    });

    it('does not check a section list page (_index.md)', () => {
      const document = createLintDocument(posting('', 'Careers at Crunch.'), { path: 'content/jobs/_index.md' });
      expect(lintDocument(document, [payRangeRule], { config: { ...DEFAULT_CONFIG, today: '2026-11-27' } })).toEqual([]);
    });
  });

  describe('invalid: no range', () => {
    it('warns when the posting says nothing about pay, and says why in general terms', () => {
      const [diagnostic, ...rest] = lint(posting('', 'We build things in Python.'));
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ ruleId: 'pay-range', severity: 'warning', line: 1, column: 1 });
      expect(diagnostic?.message).toMatch(/^No pay range in the details or the text\./);
      expect(diagnostic?.message).toMatch(/Pay-transparency laws in many places require a pay range in the posting/);
      expect(diagnostic?.message).toContain('Colorado');
    });

    it('names the configured jurisdiction’s law and its start date', () => {
      const [diagnostic] = lint(posting('', 'We build things.'), { jurisdiction: 'US-CO' });
      expect(diagnostic?.message).toContain('In Colorado, the Equal Pay for Equal Work Act has required the pay range in job postings since January 1, 2021.');
    });

    it('names a city’s law and its state’s', () => {
      const [diagnostic] = lint(posting('', 'We build things.'), { jurisdiction: 'US-NY-NYC' });
      expect(diagnostic?.message).toContain('In New York City, Local Law 32 of 2022');
      expect(diagnostic?.message).toContain('In New York State, Labor Law § 194-b has required');
    });

    it('accepts the short NYC spelling of the configuration', () => {
      const [diagnostic] = lint(posting('', 'We build things.'), { jurisdiction: 'us-nyc' });
      expect(diagnostic?.message).toContain('In New York City');
    });

    it('mentions a law that is not yet in force as coming', () => {
      const [diagnostic] = lint(posting('', 'We build things.'), { jurisdiction: 'US-DE', today: '2026-11-27' });
      expect(diagnostic?.message).toContain('In Delaware, HB 105 of 2025 (19 Del. C. § 709C) will require the pay range in job postings from September 26, 2027.');
      const [eu] = lint(posting('', 'We build things.'), { jurisdiction: 'EU', today: '2026-01-15' });
      expect(eu?.message).toContain('will require the starting pay or its range in the vacancy notice or before the interview, from June 7, 2026');
      const [euLater] = lint(posting('', 'We build things.'), { jurisdiction: 'DE', today: '2026-11-27' });
      expect(euLater?.message).toContain('In the EU, the Pay Transparency Directive (EU) 2023/970 requires');
      expect(euLater?.message).toContain('for example “€52,000–€64,000 a year”');
    });

    it('says in general terms that the EU is coming before June 2026', () => {
      const [diagnostic] = lint(posting('', 'We build things.'), { today: '2025-03-01' });
      expect(diagnostic?.message).toContain('the EU will require the pay or its range before the interview from June 7, 2026');
    });

    it('says “competitive salary” is not a range, at the phrase', () => {
      const text = posting('', 'We offer a competitive salary and great benefits.');
      const [diagnostic] = lint(text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('competitive salary');
      expect(diagnostic?.message).toMatch(/^“competitive salary” is not a pay range\./);
    });

    it.each([
      ['Salary: DOE', 'DOE'],
      ['Compensation is commensurate with experience.', 'commensurate with experience'],
    ])('says %j is not a range', (body, phrase) => {
      const text = posting('', body);
      const [diagnostic] = lint(text);
      expect(diagnostic && flagged(text, diagnostic)).toBe(phrase);
      expect(diagnostic?.message).toContain('is not a pay range');
    });

    it('says “up to” gives one end only', () => {
      const text = posting('', 'Salary up to $120,000 depending on experience.');
      const [diagnostic] = lint(text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('up to $120,000');
      expect(diagnostic?.message).toMatch(/gives only one end of the pay; a pay range needs both the lowest and the highest/);
    });

    it('says “starting at” gives one end only', () => {
      const text = posting('', 'Starting at $25/hour.');
      const [diagnostic] = lint(text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('Starting at $25/hour');
    });

    it('warns when the details give only the lowest pay', () => {
      const text = posting('pay_min = 95000\n', 'We build things.');
      const [diagnostic] = lint(text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('pay_min = 95000');
      expect(diagnostic?.message).toMatch(/^The details give only the lowest pay \(pay_min\)/);
    });

    it('says a vague pay detail is not a range', () => {
      const text = posting('salary = "Competitive"\n', 'We build things.');
      const [diagnostic] = lint(text);
      expect(diagnostic && flagged(text, diagnostic)).toBe('"Competitive"');
      expect(diagnostic?.message).toMatch(/^“Competitive” in the details is not a pay range/);
    });

    it('does not count years of experience or team sizes as pay', () => {
      expect(lint(posting('', 'You have 3-5 years of experience and will lead 8–12 developers.'))).toHaveLength(1);
    });

    it('does not count a range in a code block', () => {
      expect(lint(posting('', '```\nsalary = "$95,000-$120,000"\n```'))).toHaveLength(1);
    });
  });

  describe('invalid: lowest above highest', () => {
    it('is an error with a suggestion that swaps the amounts', () => {
      const text = posting('pay_min = 120000\npay_max = 95000\n', 'We build things.');
      const [diagnostic, ...rest] = lint(text);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ severity: 'error' });
      expect(diagnostic?.message).toBe('The lowest pay (pay_min = 120,000) is higher than the highest (pay_max = 95,000).');
      expect(diagnostic && flagged(text, diagnostic)).toBe('95000');
      const edit = diagnostic?.suggestions?.[0]?.edit;
      expect(edit && text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toContain('pay_min = 95000\npay_max = 120000\n');
    });

    it('is an error in a range string too', () => {
      const [diagnostic] = lint(posting('salary = "$120,000 - $95,000"\n', 'We build things.'));
      expect(diagnostic).toMatchObject({ severity: 'error' });
      expect(diagnostic?.message).toContain('runs from 120,000 down to 95,000');
    });
  });

  it('warns on the senior backend engineer fixture, which states no pay', () => {
    const text = readFileSync(new URL('../../../../../shared/fixtures/senior-backend-engineer.md', import.meta.url), 'utf8');
    const diagnostics = lint(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/^No pay range in the details or the text\./);
  });
});

describe('pay-range with a single fixed pay', () => {
  it('accepts a fixed salary in the text, as the laws do, but not one end of a range', () => {
    expect(runRule(payRangeRule, posting('', 'The salary for this role is $135,000 a year.'))).toEqual([]);
    const [oneEnd] = runRule(payRangeRule, posting('', 'Compensation: Up to approximately $140,000 (depending on experience).'));
    expect(oneEnd?.message).toMatch(/^“Up to approximately \$140,000” gives only one end of the pay/);
  });
});
