import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.js';

interface TestEntry {
  phrases: string[];
  name: string;
}

function find(phrases: string[], text: string) {
  const matcher = new PhraseMatcher<TestEntry>(phrases.map((phrase) => ({ phrases: [phrase], name: phrase })));
  return matcher.matchAll(text).map((match) => ({ text: match.text, start: match.start, end: match.end, phrase: match.phrase, captures: match.captures }));
}

describe('PhraseMatcher', () => {
  it('matches case-insensitively and gives exact offsets', () => {
    expect(find(['guru'], 'A Python GURU.')).toEqual([{ text: 'GURU', start: 9, end: 13, phrase: 'guru', captures: [] }]);
  });

  it('matches whole words only', () => {
    expect(find(['he'], 'the hen shed')).toEqual([]);
    expect(find(['man'], 'manage a human')).toEqual([]);
    expect(find(['lame'], 'flamenco')).toEqual([]);
  });

  it('treats apostrophes and hyphens after a word as its end', () => {
    expect(find(['guy'], 'the guy’s desk').map((m) => m.text)).toEqual(['guy']);
    expect(find(['guru'], 'guru-level skills').map((m) => m.text)).toEqual(['guru']);
  });

  it('finds hyphen, space and closed-up variants of a phrase', () => {
    const texts = ['rockstar', 'rock star', 'Rock-Star', 'rock\nstar', 'rock – star'];
    for (const text of texts) expect(find(['rock star'], text).map((m) => m.text)).toEqual([text]);
    expect(find(['fast-paced'], 'a fast paced, fastpaced or fast-paced team').map((m) => m.text)).toEqual(['fast paced', 'fastpaced', 'fast-paced']);
  });

  it('does not run a phrase on across a blank line or a sentence end', () => {
    expect(find(['rock star'], 'rock\n\nstar')).toEqual([]);
    expect(find(['rock star'], 'rock\r\n\r\nstar')).toEqual([]);
    expect(find(['he will'], 'like he. Will it')).toEqual([]);
  });

  it('makes punctuation between words optional', () => {
    const phrase = 'work hard, play hard';
    for (const text of ['work hard, play hard', 'Work hard play hard', 'work hard ; play hard', 'work-hard-play-hard']) {
      expect(find([phrase], text).map((m) => m.text)).toEqual([text]);
    }
  });

  it('matches straight and curly apostrophes alike', () => {
    expect(find(["boys' club"], 'an old boys’ club and a boys\' club').map((m) => m.text)).toEqual(['boys’ club', "boys' club"]);
    expect(find(['he’ll'], "he'll").map((m) => m.text)).toEqual(["he'll"]);
  });

  it('matches slashes with or without spaces', () => {
    expect(find(['he/she'], 'he/she or he / she').map((m) => m.text)).toEqual(['he/she', 'he / she']);
  });

  it('escapes other characters', () => {
    expect(find(['(s)he'], 'when (s)he starts').map((m) => m.text)).toEqual(['(s)he']);
    expect(find(['a.b'], 'axb')).toEqual([]);
  });

  it('prefers the longest phrase at a position', () => {
    expect(find(['his', 'his or her'], 'his or her desk').map((m) => m.phrase)).toEqual(['his or her']);
    expect(find(['native speaker', 'native * speaker'], 'a native English speaker').map((m) => m.phrase)).toEqual(['native * speaker']);
  });

  it('does not report overlapping matches', () => {
    expect(find(['rock star', 'star'], 'rock star star').map((m) => m.text)).toEqual(['rock star', 'star']);
  });

  it('expands a trailing * to any word with that beginning', () => {
    expect(find(['synerg*'], 'synergy, synergies and Synergistic; not asynergy').map((m) => m.text)).toEqual(['synergy', 'synergies', 'Synergistic']);
  });

  it('captures a lone * as one word', () => {
    expect(find(['native * speaker'], 'a native Portuguese speaker')).toEqual([
      { text: 'native Portuguese speaker', start: 2, end: 27, phrase: 'native * speaker', captures: ['Portuguese'] },
    ]);
  });

  it('captures {n} as a number in digits or words', () => {
    expect(find(['no more than {n} years'], 'no more than 5 years, no more than five years, no more than 10+ years').map((m) => m.captures)).toEqual([['5'], ['five'], ['10+']]);
  });

  it('finds nothing in an empty list or text', () => {
    expect(new PhraseMatcher<TestEntry>([]).matchAll('anything')).toEqual([]);
    expect(find(['guru'], '')).toEqual([]);
  });

  it('reports which entry a phrase belongs to', () => {
    const matcher = new PhraseMatcher<TestEntry>([
      { phrases: ['salesman', 'salesmen'], name: 'sales' },
      { phrases: ['chairman'], name: 'chair' },
    ]);
    expect(matcher.matchAll('Salesmen and the chairman').map((m) => m.entry.name)).toEqual(['sales', 'chair']);
  });
});
