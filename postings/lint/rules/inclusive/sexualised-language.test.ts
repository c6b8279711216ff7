import { describe, expect, it } from 'vitest';
import { sexualisedLanguage } from './sexualised-language.js';
import { flags, suggested } from './test-support/examples.js';

describe('sexualised-language', () => {
  describe('valid', () => {
    it.each([
      'Build stud walls, clear slag and use a hoe in the garden.',
      'Muster the stallions and mares each morning.',
      'Our sexton role is in the church office.',
      'Allocate a new hunk of memory and review the diff hunks.',
    ])('%s', (text) => {
      expect(flags(sexualisedLanguage, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['Work on our sexy tech stack.', ['sexy']],
      ['We are gay for Rust.', ['gay for']],
      ['No booth babes at our events.', ['booth babes']],
    ])('%s', (text, expected) => {
      expect(flags(sexualisedLanguage, text)).toEqual(expected);
    });
  });

  it('suggests a plain word', () => {
    expect(suggested(sexualisedLanguage, 'A sexy stack.')).toEqual(['An exciting stack.', 'A modern stack.']);
  });
});
