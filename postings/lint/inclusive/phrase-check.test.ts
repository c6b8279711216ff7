import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../document.js';
import { phraseCheck, suggestionFor, type InclusivePhrase } from './phrase-check.js';

const ENTRIES: InclusivePhrase[] = [
  { phrases: ['guru'], alternatives: ['expert', 'specialist'], reason: 'is a test word.' },
  { phrases: ['hero'], alternatives: ['expert'], reason: 'is a test word.', unlessFollowedBy: /^\s+image\b/i },
  { phrases: ['he'], alternatives: ['they'], reason: 'is a test word.', skipCapitalised: true, skipQuotations: true },
  { phrases: ['postman'], alternatives: [], reason: 'is a test word.', skipNames: true },
  { phrases: ['young'], alternatives: [], reason: 'is a test word.', skipCapitalised: true },
  { phrases: ['native *'], alternatives: ['fluent {1}'], reason: 'is a test word.', when: ({ captures }) => captures[0] === 'English' },
  { phrases: ['wizard'], alternatives: ['expert'], reason: 'is a test word.', onlyIfFollowedBy: /^\s+who\b/ },
  { phrases: ['ninja'], alternatives: ['expert'], reason: 'is a test word.', unlessPrecededBy: /cmake and\s*$/i },
];
const check = phraseCheck(ENTRIES);
const found = (text: string) => check(createLintDocument(text)).map((report) => text.slice(report.start, report.end));

describe('phraseCheck', () => {
  it('reports the match with its reason and alternatives', () => {
    const [report] = check(createLintDocument('Our guru.'));
    expect(report).toMatchObject({ start: 4, end: 8, message: '“guru” is a test word. Consider “expert” or “specialist”.' });
    expect(report?.suggestions?.map((suggestion) => suggestion.edit)).toEqual([
      { start: 4, end: 8, text: 'expert' },
      { start: 4, end: 8, text: 'specialist' },
    ]);
  });

  it('leaves out the suggestion list when there is no alternative', () => {
    expect(check(createLintDocument('young staff'))[0]?.suggestions).toBeUndefined();
  });

  it('skips what the entry says is fine around the match', () => {
    expect(found('A hero image, a hero.')).toEqual(['hero']);
    expect(found('A wizard. A wizard who codes.')).toEqual(['wizard']);
    expect(found('CMake and ninja; a ninja.')).toEqual(['ninja']);
  });

  it('skips names and quotations when asked', () => {
    expect(found('Ask Jia He. He is kind, “he said”.')).toEqual(['He']);
    expect(found('Test in Postman, or ask the postman.')).toEqual(['postman']);
    expect(found('Neil Young and Ernst & Young. Young staff.')).toEqual(['Young']);
  });

  it('fills wildcards into alternatives, and finds shorter phrases where a longer one is turned down', () => {
    const [report] = check(createLintDocument('A native English speaker.'));
    expect(report?.message).toBe('“native English” is a test word. Consider “fluent English”.');
    expect(found('native app')).toEqual([]);
  });

  it('skips a match that is the text of a link to the site it names', () => {
    expect(found('[guru](https://www.getguru.com/) and [guru](https://example.com/guru)')).toEqual(['guru']);
  });

  it('never reads code, URLs or front matter other than the displayed fields', () => {
    expect(found('+++\ntitle = "Guru"\nteam = "guru"\n+++\nRun `guru` at https://guru.example/guru.\n')).toEqual(['Guru']);
  });
});

describe('suggestionFor', () => {
  it('corrects "a" and "an" before the replacement', () => {
    const text = 'We want a guru and an ace.';
    expect(suggestionFor(text, 10, 14, 'expert')).toEqual({ title: 'Replace with “an expert”', edit: { start: 8, end: 14, text: 'an expert' } });
    expect(suggestionFor(text, 22, 25, 'user')).toEqual({ title: 'Replace with “a user”', edit: { start: 19, end: 25, text: 'a user' } });
    expect(suggestionFor(text, 10, 14, 'specialist')).toEqual({ title: 'Replace with “specialist”', edit: { start: 10, end: 14, text: 'specialist' } });
  });

  it('keeps a capital article capital', () => {
    expect(suggestionFor('A guru.', 2, 6, 'expert').edit).toEqual({ start: 0, end: 6, text: 'An expert' });
  });
});
