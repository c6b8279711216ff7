import { describe, expect, it } from 'vitest';
import { runRule } from '../../test-support/run-rule.js';
import { payLawDetailsRule } from './pay-law-details.js';
import { posting } from './test-posting.js';

const lint = (body: string, jurisdiction: string | undefined, today = '2026-12-01') =>
  runRule(payLawDetailsRule, posting('', body), { config: { ...(jurisdiction === undefined ? {} : { jurisdiction }), today } }).map((diagnostic) => diagnostic.message);

describe('pay-law-details', () => {
  describe('valid', () => {
    it('asks nothing without a jurisdiction, or where the law asks only for pay', () => {
      expect(lint('Pay: $90,000–$150,000 a year.', undefined)).toEqual([]);
      expect(lint('Pay: $90,000–$150,000 a year.', 'US-CA')).toEqual([]);
    });

    it('accepts Colorado postings with benefits and a closing date', () => {
      expect(lint('Pay: $90,000–$110,000 a year. Benefits: medical, dental, 401(k). Applications close on May 12, 2026.', 'US-CO')).toEqual([]);
      expect(lint('Pay $90,000–$110,000. We offer health insurance and PTO. Apply by 2026-05-12.', 'US-CO')).toEqual([]);
    });

    it('accepts an Ontario range of $50,000 or less, and pay above $200,000', () => {
      expect(lint('Salary: $70,000 – $120,000 per year.', 'CA-ON')).toEqual([]);
      expect(lint('Salary: $180,000 – $260,000 per year.', 'CA-ON')).toEqual([]);
      expect(lint('Pay: $30 – $90 per hour.', 'CA-ON')).toEqual([]);
    });

    it('waits until the law is in force', () => {
      expect(lint('Pay: $90,000–$110,000.', 'US-DE', '2026-12-01')).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('asks for benefits and the closing date in Colorado', () => {
      expect(lint('Pay: $90,000–$110,000 a year.', 'US-CO')).toEqual([
        'In Colorado, the Equal Pay for Equal Work Act asks the posting for a general description of the benefits and other compensation (health cover, retirement, paid leave, bonuses …); none was found.',
        'In Colorado, the Equal Pay for Equal Work Act asks the posting for the date applications are expected to close (“Applications close on May 12, 2026”); none was found.',
      ]);
    });

    it('asks for benefits in a city’s state too (Jersey City, New Jersey)', () => {
      expect(lint('Pay: $90,000–$110,000 a year.', 'US-NJ-JC')).toHaveLength(1);
    });

    it('flags an Ontario range wider than $50,000 a year', () => {
      expect(lint('Salary: $60,000 – $130,000 per year.', 'CA-ON')).toEqual([
        'The pay range $60,000–$130,000 spans $70,000 a year; in Ontario, the Employment Standards Act as amended by the Working for Workers Four Act, 2024 allows at most $50,000.',
      ]);
    });
  });
});
