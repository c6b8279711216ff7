import { describe, expect, it } from 'vitest';
import { counted } from './counted.js';

describe('counted', () => {
  it('puts the noun in the plural for every count but one', () => {
    expect([0, 1, 2].map((count) => counted(count, 'place'))).toEqual(['0 places', '1 place', '2 places']);
  });
});
