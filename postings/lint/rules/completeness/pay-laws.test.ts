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
    expect(delaware && formatLawDate(delaware)).toBe('September 2027');
    const colorado = findPayLaw('US-CO');
    expect(colorado && isInForce(colorado, '2021-01-01')).toBe(true);
    expect(colorado && formatLawDate(colorado)).toBe('January 1, 2021');
  });
});
