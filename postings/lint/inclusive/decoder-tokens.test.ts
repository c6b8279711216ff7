import { describe, expect, it } from 'vitest';
import { decoderTokens } from './decoder-tokens.js';
import { HYPHENATED_CODED_STEMS } from './wordlists/gender-decoder.js';

const words = (text: string) => decoderTokens(text, HYPHENATED_CODED_STEMS).map((token) => token.text);

describe('decoderTokens', () => {
  it('splits at whitespace and at gender-decoder’s punctuation', () => {
    expect(words('Lead (the) team: plan/ship & report; "now"! [really]? a@b <x> *y*')).toEqual([
      'Lead', 'the', 'team', 'plan', 'ship', 'report', 'now', 'really', 'a', 'b', 'x', 'y',
    ]);
  });

  it('splits at every character outside ASCII, curly quotes and dashes included', () => {
    expect(words('“driven”—naïve team’s')).toEqual(['driven', 'na', 've', 'team', 's']);
  });

  it('keeps digits and other ASCII symbols inside words', () => {
    expect(words('C# C++ 10x $100k snake_case')).toEqual(['C#', 'C++', '10x', '$100k', 'snake_case']);
  });

  it('splits hyphenated words unless they start with a hyphenated coded stem', () => {
    expect(words('data-driven self-confident co-operative well-being')).toEqual(['data', 'driven', 'self-confident', 'co-operative', 'well', 'being']);
  });

  it('keeps a word that starts with a hyphen whole, as gender-decoder does', () => {
    expect(words('-driven')).toEqual(['-driven']);
  });

  it('gives each word its offsets in the text', () => {
    const text = 'a data-driven team';
    for (const token of decoderTokens(text, HYPHENATED_CODED_STEMS)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
