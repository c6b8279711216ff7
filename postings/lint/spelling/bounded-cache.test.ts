import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('bounded cache', () => {
  it('keeps what it was given', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBe(2);
    expect(cache.get('c')).toBeUndefined();
  });

  it('forgets entries not used for two generations, and keeps used ones', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a and b become the old generation
    expect(cache.get('a')).toBe(1); // used: back in the current generation
    cache.set('d', 4); // c and a become old, b is dropped
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBeLessThanOrEqual(4);
  });
});
