import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../document.js';
import { displayedText } from './displayed-text.js';

describe('displayedText', () => {
  const text = ['+++', 'title = "Rockstar Developer"', 'description = "Join us"', 'team = "ninjas"', '+++', 'Body with `code` and https://example.com.', ''].join('\n');
  const document = createLintDocument(text);

  it('has the length of the text, so offsets are the file’s', () => {
    expect(displayedText(document)).toHaveLength(text.length);
  });

  it('holds the displayed front matter values and the body prose only', () => {
    const scanned = displayedText(document);
    expect(scanned).toContain('"Rockstar Developer"');
    expect(scanned).toContain('"Join us"');
    expect(scanned).not.toContain('ninjas');
    expect(scanned).not.toContain('title');
    expect(scanned).toContain('Body with');
    expect(scanned).not.toContain('code');
    expect(scanned).not.toContain('example.com');
  });

  it('is the same string for the same document, computed once', () => {
    expect(displayedText(document)).toBe(displayedText(document));
  });

  it('is the prose when there is no front matter', () => {
    const plain = createLintDocument('Just prose.');
    expect(displayedText(plain)).toBe(plain.prose);
  });
});
