import { describe, expect, it } from 'vitest';
import { findPayMentions, parseAmount } from './pay-text.js';

const kinds = (text: string) => findPayMentions(text).map((mention) => [mention.kind, mention.text]);

describe('findPayMentions', () => {
  it.each([
    ['The salary is $95,000–$120,000 a year.', '$95,000–$120,000 a year'],
    ['Pay: $95k-$120k', '$95k-$120k'],
    ['Gehalt 95 000 – 120 000 EUR brutto', '95 000 – 120 000 EUR brutto'],
    ['We offer €52,000 to €64,000.', '€52,000 to €64,000'],
    ['Contract rate USD 40-50/hour', 'USD 40-50/hour'],
    ['£30,000 - £35,000 per annum', '£30,000 - £35,000 per annum'],
    ['Pay is between $40 and $50 an hour.', 'between $40 and $50 an hour'],
    ['Base salary 95,000–120,000 depending on level', '95,000–120,000'],
    ['Hourly pay 22-28 per hour', '22-28 per hour'],
    ['$95-120k plus equity', '$95-120k'],
    ['CHF 110’000? no: CHF 110 000 - 130 000', 'CHF 110 000 - 130 000'],
  ] as const)('finds the range in case %#', (text, range) => {
    expect(kinds(text)).toContainEqual(['range', range]);
  });

  it.each([
    ['The salary for this role is $135,000.', '$135,000'],
    ['£30,000 starting salary, rising to £35,000 over the programme', '£30,000'],
    ['Monthly salary € 3,100 gross', '€ 3,100 gross'],
    ['Gehalt 4.250 EUR im Monat', '4.250 EUR'],
    ['Hourly wage $19.75/hour', '$19.75/hour'],
  ] as const)('finds a fixed pay in case %#', (text, fixed) => {
    expect(kinds(text)).toContainEqual(['fixed', fixed]);
  });

  it('takes no perk for the pay', () => {
    expect(kinds('Benefits include a 4% 401(k) match and a $1,500 yearly learning budget.')).toEqual([]);
    expect(kinds('Salary aside, there is a $2,000 home-office allowance.')).toEqual([]);
  });

  it.each([
    '2-4 years of experience in sales',
    'a team of 8–12 developers',
    'Python 3.8 to 3.12',
    'From 2019 to 2021 we grew the salary budget',
    'between 2 and 4 years',
    'Work 9-5, Monday to Friday',
  ])('finds no pay in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['Salary up to $120,000.', 'up to $120,000'],
    ['Starting at €40,000 a year', 'Starting at €40,000 a year'],
    ['Pay from $25/hour', 'from $25/hour'],
    ['Base salary $90k+ DOE', '$90k+'],
    ['Compensation: Up to approximately $140,000 (depending on experience)', 'Up to approximately $140,000'],
    ['Senior Engineer, up-to £85K', 'up-to £85K'],
  ] as const)('sees that case %# gives one end only', (text, oneEnd) => {
    expect(kinds(text)).toContainEqual(['one-end', oneEnd]);
  });

  it.each([
    ['We offer a competitive salary and benefits.', 'competitive salary'],
    ['Salary: DOE', 'DOE'],
    ['Compensation commensurate with experience.', 'commensurate with experience'],
    ['Salary is negotiable', 'Salary is negotiable'],
  ])('calls %j vague', (text, vague) => {
    expect(kinds(text)).toContainEqual(['vague', vague]);
  });

  it('does not read a degree requirement as pay talk', () => {
    expect(kinds('B.S. in Computer Science, related degree, or commensurate experience.')).toEqual([]);
    expect(kinds('Learn about competitive products and the market.')).toEqual([]);
    expect(kinds('Level depending on experience.')).toEqual([]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['95000', 95000],
    ['$95,000', 95000],
    ['95k', 95000],
    ['€52.000', 52000],
    ['40.50', 40.5],
    ['120 000 EUR', 120000],
  ] as const)('reads amount %#', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('refuses text that is not one amount', () => {
    expect(parseAmount('competitive')).toBeUndefined();
    expect(parseAmount('$95,000–$120,000')).toBeUndefined();
  });
});
