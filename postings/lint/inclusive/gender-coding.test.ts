import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../document.js';
import { decoderTokens } from './decoder-tokens.js';
import { findCodedWords, genderCoding, genderCodingOfText, verdictFor } from './gender-coding.js';
import { MASCULINE_ALTERNATIVES } from './wordlists/gender-coded-alternatives.js';
import { FEMININE_CODED_STEMS, HYPHENATED_CODED_STEMS, MASCULINE_CODED_STEMS } from './wordlists/gender-decoder.js';

describe('verdictFor', () => {
  it.each([
    [0, 0, 'empty'],
    [2, 2, 'neutral'],
    [0, 1, 'feminine-coded'],
    [1, 4, 'feminine-coded'],
    [0, 4, 'strongly feminine-coded'],
    [1, 0, 'masculine-coded'],
    [3, 0, 'masculine-coded'],
    [4, 0, 'strongly masculine-coded'],
    [5, 2, 'masculine-coded'],
    [6, 2, 'strongly masculine-coded'],
  ] as const)('%i masculine and %i feminine words: %s', (masculine, feminine, verdict) => {
    expect(verdictFor(masculine, feminine)).toBe(verdict);
  });
});

describe('genderCodingOfText', () => {
  it('is empty when no coded word appears', () => {
    expect(genderCodingOfText('We build survey software in Python.')).toEqual({ verdict: 'empty', masculine: [], feminine: [] });
  });

  it('matches words that start with a stem, in any case', () => {
    expect(genderCodingOfText('Competitive pay; we Lead by example.').masculine).toEqual(['Competitive', 'Lead']);
  });

  it('does not match a stem inside a word', () => {
    expect(genderCodingOfText('workforce, misleading, unkind').masculine).toEqual([]);
    expect(genderCodingOfText('unkind').feminine).toEqual([]);
  });

  it('counts every occurrence', () => {
    const coding = genderCodingOfText('Support customers. Support the team. Support releases.');
    expect(coding).toEqual({ verdict: 'feminine-coded', masculine: [], feminine: ['Support', 'Support', 'Support'] });
  });

  it('counts a word twice when it starts with two stems of one list, as gender-decoder does', () => {
    expect(genderCodingOfText('dominant').masculine).toEqual(['dominant', 'dominant']);
    expect(genderCodingOfText('interpersonal skills').feminine).toEqual(['interpersonal', 'interpersonal']);
  });

  it('never counts the exceptions', () => {
    expect(genderCodingOfText('SharePoint and sharepoint, but shared').feminine).toEqual(['shared']);
  });

  it('counts the parts of a hyphenated word, and hyphenated coded words whole', () => {
    expect(genderCodingOfText('data-driven').masculine).toEqual(['driven']);
    expect(genderCodingOfText('self-confident, co-operative').masculine).toEqual(['self-confident']);
    expect(genderCodingOfText('self-confident, co-operative').feminine).toEqual(['co-operative']);
  });

  it('gives each verdict by the difference of the counts', () => {
    expect(genderCodingOfText('lead, analyse, decide, compete').verdict).toBe('strongly masculine-coded');
    expect(genderCodingOfText('lead, analyse, decide').verdict).toBe('masculine-coded');
    expect(genderCodingOfText('lead and support').verdict).toBe('neutral');
    expect(genderCodingOfText('support, trust, share').verdict).toBe('feminine-coded');
    expect(genderCodingOfText('support, trust, share, commit').verdict).toBe('strongly feminine-coded');
  });

  it('agrees with gender-decoder on a whole ad', () => {
    // Counted by hand with gender-decoder's rules: masculine "driven",
    // "competitive", "lead", "independently", "analytical", "challenges";
    // feminine "collaborative", "supportive", "understanding", "committed".
    const ad = [
      'We are a driven, competitive team looking for an engineer to lead our data work.',
      'You work independently, bring an analytical mind and enjoy hard challenges.',
      'We are collaborative and supportive, with an understanding of the people we serve.',
      'We are committed to your growth.',
    ].join('\n');
    const coding = genderCodingOfText(ad);
    expect(coding.masculine).toEqual(['driven', 'competitive', 'lead', 'independently', 'analytical', 'challenges']);
    expect(coding.feminine).toEqual(['collaborative', 'supportive', 'understanding', 'committed']);
    expect(coding.verdict).toBe('masculine-coded');
  });
});

describe('findCodedWords', () => {
  it('gives offsets and stems for each coded word', () => {
    const text = 'A competitive, supportive team.';
    const found = findCodedWords(text);
    expect(found.map((word) => [text.slice(word.start, word.end), word.coding, word.stems])).toEqual([
      ['competitive', 'masculine', ['compet']],
      ['supportive', 'feminine', ['support']],
    ]);
  });
});

describe('genderCoding', () => {
  it('scores the title and the body prose, not code, URLs or other front matter', () => {
    const text = [
      '+++',
      'title = "Team Lead"',
      'team = "competitive"',
      '+++',
      'We are supportive. Run `decide --force` and see https://example.com/leader.',
      '',
    ].join('\n');
    expect(genderCoding(createLintDocument(text))).toEqual({ verdict: 'neutral', masculine: ['Lead'], feminine: ['supportive'] });
  });
});

describe('masculine alternatives', () => {
  it('are coded on neither list, so taking one never moves the verdict the wrong way', () => {
    for (const { alternatives } of MASCULINE_ALTERNATIVES.values()) {
      for (const alternative of alternatives) {
        for (const token of decoderTokens(alternative, HYPHENATED_CODED_STEMS)) {
          const coded = [...MASCULINE_CODED_STEMS, ...FEMININE_CODED_STEMS].filter((stem) => token.lower.startsWith(stem));
          expect(coded, `${alternative} (${token.text})`).toEqual([]);
        }
      }
    }
  });
});
