import { describe, expect, it } from 'vitest';
import { findPayLaw, formatLawDate, isInForce, PAY_TRANSPARENCY_LAWS, payLawsFor } from './pay-laws.js';

describe('PAY_TRANSPARENCY_LAWS', () => {
  it('has one entry per code and alias, with real dates', () => {
    const codes = PAY_TRANSPARENCY_LAWS.flatMap((law) => [law.code, ...law.aliases].map((code) => code.toUpperCase()));
    expect(new Set(codes).size).toBe(codes.length);
    for (const law of PAY_TRANSPARENCY_LAWS) {
      expect(law.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${law.since}T00:00:00Z`).toISOString().slice(0, 10)).toBe(law.since);
      if (law.within !== undefined) expect(findPayLaw(law.within)).toBeDefined();
    }
  });

  it.each([
    ['US-CO', '2021-01-01'],
    ['US-CA', '2023-01-01'],
    ['US-WA', '2023-01-01'],
    ['US-NY', '2023-09-17'],
    ['US-NY-NYC', '2022-11-01'],
    ['US-HI', '2024-01-01'],
    ['US-DC', '2024-06-30'],
    ['US-MD', '2024-10-01'],
    ['US-IL', '2025-01-01'],
    ['US-MN', '2025-01-01'],
    ['US-VT', '2025-07-01'],
    ['US-MA', '2025-10-29'],
    ['US-NJ', '2025-06-01'],
    ['US-OH-CLE', '2025-10-27'],
    ['EU', '2026-06-07'],
  ])('knows %s from %s', (code, since) => {
    expect(findPayLaw(code)?.since).toBe(since);
  });

  it('knows the cities and the laws that ask for pay on request only', () => {
    for (const code of ['US-NJ-JC', 'US-NY-ITH', 'US-NY-WES', 'US-OH-CIN', 'US-OH-TOL', 'US-DE']) expect(findPayLaw(code)).toBeDefined();
    expect(findPayLaw('US-OH-CIN')?.disclosure).toBe('on-request');
    expect(findPayLaw('US-OH-TOL')?.disclosure).toBe('on-request');
    expect(findPayLaw('EU')?.disclosure).toBe('before-interview');
  });
});

describe('pay-laws.json', () => {
  // The day this data was last reviewed as a whole; the check below uses the real date, so stale data fails in CI.
  const today = new Date().toISOString().slice(0, 10);
  const yearBefore = (date: string): string => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

  it('names a source page and a checked-on date for every jurisdiction', () => {
    for (const law of PAY_TRANSPARENCY_LAWS) {
      expect(law.source, law.code).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
      expect(law.checked, law.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${law.checked}T00:00:00Z`).toISOString().slice(0, 10), law.code).toBe(law.checked);
      expect(law.checked <= today, `${law.code} checked in the future`).toBe(true);
    }
  });

  it('has no check more than a year old: re-check the law against its source and update `checked`', () => {
    const stale = PAY_TRANSPARENCY_LAWS.filter((law) => law.checked < yearBefore(today)).map((law) => `${law.code} (checked ${law.checked})`);
    expect(stale).toEqual([]);
  });

  it('fails for a check older than a year, as the rule is meant to', () => {
    expect('2025-11-30' < yearBefore('2026-12-01')).toBe(true);
    expect('2025-12-01' < yearBefore('2026-12-01')).toBe(false);
  });

  it('holds the extra fields some laws require', () => {
    expect(findPayLaw('US-CO')?.requires).toEqual({ benefits: true, applicationDeadline: true });
    expect(findPayLaw('CA-ON')?.requires?.maxRangeWidth).toMatchObject({ amount: 50000, exemptAbove: 200000 });
    for (const code of ['US-WA', 'US-IL', 'US-MN', 'US-NJ', 'US-NJ-JC', 'US-DE']) expect(findPayLaw(code)?.requires?.benefits, code).toBe(true);
  });

  it('knows the jurisdictions added since: Columbus, Prince Edward Island', () => {
    expect(findPayLaw('COLUMBUS')?.since).toBe('2027-01-01');
    expect(findPayLaw('PEI')?.code).toBe('CA-PE');
  });
});

describe('findPayLaw', () => {
  it('accepts aliases, any case, and member states for the EU', () => {
    expect(findPayLaw('us-nyc')?.code).toBe('US-NY-NYC');
    expect(findPayLaw('NYC')?.code).toBe('US-NY-NYC');
    expect(findPayLaw('de')?.code).toBe('EU');
    expect(findPayLaw('US_CO')?.code).toBe('US-CO');
    expect(findPayLaw('US-TX')).toBeUndefined();
  });
});

describe('payLawsFor', () => {
  it('adds the state of a city', () => {
    expect(payLawsFor('US-NY-NYC').map((law) => law.code)).toEqual(['US-NY-NYC', 'US-NY']);
    expect(payLawsFor('US-NJ-JC').map((law) => law.code)).toEqual(['US-NJ-JC', 'US-NJ']);
    expect(payLawsFor('none')).toEqual([]);
  });
});

describe('isInForce and formatLawDate', () => {
  it('tells a law in force from a coming one', () => {
    const delaware = findPayLaw('US-DE');
    expect(delaware && isInForce(delaware, '2026-11-27')).toBe(false);
    expect(delaware && formatLawDate(delaware)).toBe('September 26, 2027');
    const colorado = findPayLaw('US-CO');
    expect(colorado && isInForce(colorado, '2021-01-01')).toBe(true);
    expect(colorado && formatLawDate(colorado)).toBe('January 1, 2021');
  });
});
