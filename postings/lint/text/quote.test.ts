import { describe, expect, it } from 'vitest';
import { excerpt, quote } from './quote.js';

describe('quote', () => {
  it('uses typographic quotes', () => {
    expect(quote('DOE')).toBe('“DOE”');
  });
});

describe('excerpt', () => {
  it('flattens white space and shortens long text', () => {
    expect(excerpt('Apply\n  now')).toBe('Apply now');
    expect(excerpt('a'.repeat(80), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
