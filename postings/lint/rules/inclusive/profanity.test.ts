import { describe, expect, it } from 'vitest';
import { profanity } from './profanity.js';
import { flags, suggested } from './test-support/examples.js';

describe('profanity', () => {
  describe('valid', () => {
    it.each([
      'Based in Scunthorpe, near Penistone.',
      'Cook shiitake and shitake mushrooms in the cockpit café.',
      'Assess the class and pass the assessment.',
      'Build the dam on the Hellespont.',
    ])('%s', (text) => {
      expect(flags(profanity, text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it.each([
      ['We ship damn good software.', ['damn good']],
      ['No bullshit, no shitty code, WTF-free.', ['bullshit', 'shitty', 'WTF']],
      ['Get shit done.', ['shit']],
    ])('%s', (text, expected) => {
      expect(flags(profanity, text)).toEqual(expected);
    });
  });

  it('suggests a plain word where one exists', () => {
    expect(suggested(profanity, 'We ship damn good software.')).toEqual(['We ship very good software.']);
    expect(suggested(profanity, 'Get shit done.')).toEqual([]);
  });
});
