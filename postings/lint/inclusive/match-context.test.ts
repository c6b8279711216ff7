import { describe, expect, it } from 'vitest';
import { insideQuotation, paragraphStart, readsAsName, startsSentence } from './match-context.js';

/** Offsets of the first whole-word occurrence of `word`. */
const at = (text: string, word: string): [number, number] => {
  const start = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').exec(text)?.index ?? -1;
  return [start, start + word.length];
};

describe('startsSentence', () => {
  it.each([
    ['Guru here.', 'Guru', true],
    ['Done. Guru here.', 'Guru', true],
    ['Tools:\n  Guru', 'Guru', true],
    ['Use “Guru” daily.', 'Guru', false],
    ['We use Guru.', 'Guru', false],
  ])('%s', (text, word, expected) => {
    expect(startsSentence(text, at(text, word)[0])).toBe(expected);
  });
});

describe('readsAsName', () => {
  it.each([
    ['Experience with Guru or Confluence.', 'Guru', true],
    ['Ask Jia He today.', 'He', false],
    ['Dr. Wu and he met.', 'he', false],
    ['Are you a Python Ninja?', 'Ninja', false],
    ['Ninja wanted.', 'Ninja', false],
    ['Test it in Postman, then ship.', 'Postman', true],
  ])('%s', (text, word, expected) => {
    expect(readsAsName(text, ...at(text, word))).toBe(expected);
  });
});

describe('paragraphStart', () => {
  it('starts at a blank line, a list item or a heading, and spans hard-wrapped lines', () => {
    const text = 'Intro.\n\nFirst line\nsecond line\n- item one\n- item two\n## Heading';
    expect(paragraphStart(text, text.indexOf('second'))).toBe(text.indexOf('First'));
    expect(paragraphStart(text, text.indexOf('two'))).toBe(text.indexOf('- item two'));
    expect(paragraphStart(text, text.indexOf('Heading'))).toBe(text.indexOf('## Heading'));
    expect(paragraphStart(text, 2)).toBe(0);
  });
});

describe('insideQuotation', () => {
  it.each([
    ['“He was great,” she says.', 'He', true],
    ['She said "he will" once.', 'he', true],
    ['“Great.” He will.', 'He', false],
    ['“Great.”\n\nHe will.', 'He', false],
  ])('%s', (text, word, expected) => {
    expect(insideQuotation(text, text, at(text, word)[0])).toBe(expected);
  });
});
