import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../document.js';
import { namesLinkedSite } from './links.js';

describe('namesLinkedSite', () => {
  it('is true for link text naming the linked host only', () => {
    const text = 'See [guru](https://www.getguru.com/) and [guru](https://example.com/guru).';
    const document = createLintDocument(text);
    const first = text.indexOf('guru');
    const second = text.indexOf('[guru](https://example') + 1;
    expect(namesLinkedSite(document, first, first + 4)).toBe(true);
    expect(namesLinkedSite(document, second, second + 4)).toBe(false);
  });
});
