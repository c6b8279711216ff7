import { describe, expect, it } from 'vitest';
import { englishVariant } from '../lint/spelling/variant.js';
import { loadSpeller, readEnglishDictionaries } from './dictionaries.js';

describe('readEnglishDictionaries', () => {
  it('reads each variant’s Hunspell files as text, the same objects every time', async () => {
    const [american] = await readEnglishDictionaries('en-US');
    expect(typeof american?.aff).toBe('string');
    expect(american?.dic.split('\n').length).toBeGreaterThan(40_000);
    expect(JSON.parse(JSON.stringify(american))).toEqual(american);
    expect((await readEnglishDictionaries('en-US'))[0]).toBe(american);
  });

  it('reads American and British English for a site that declares no variant', async () => {
    const both = await readEnglishDictionaries('en');
    expect(both).toHaveLength(2);
    expect(both[0]).toBe((await readEnglishDictionaries('en-US'))[0]);
    expect(both[1]).toBe((await readEnglishDictionaries('en-GB'))[0]);
  });
});

describe('loadSpeller', () => {
  it('loads the English dictionary with the technology vocabulary and the given words', async () => {
    const speller = await loadSpeller(['YouGov'], 'en-US');
    expect(speller.correct('ability')).toBe(true);
    expect(speller.correct('Kubernetes')).toBe(true);
    expect(speller.correct('YouGov')).toBe(true);
    expect(speller.suggest('abilty')[0]).toBe('ability');
  });

  it('reuses one speller per variant and word list, so a repository is linted with warm caches', async () => {
    expect(await loadSpeller(['YouGov'])).toBe(await loadSpeller(['YouGov']));
    expect(await loadSpeller([])).not.toBe(await loadSpeller(['YouGov']));
    expect(await loadSpeller([], 'en-US')).not.toBe(await loadSpeller([], 'en-GB'));
    expect((await loadSpeller([])).correct('YouGov')).toBe(false);
  });

  it('spells the way the site’s variant of English does', async () => {
    const american = await loadSpeller([], 'en-US');
    const british = await loadSpeller([], 'en-GB');
    for (const word of ['colour', 'organisation', 'behaviour', 'programme']) {
      expect(british.correct(word), word).toBe(true);
      expect(american.correct(word), word).toBe(false);
    }
    expect(american.correct('color')).toBe(true);
    expect(british.suggest('colur')[0]).toBe('colour');
    expect((await loadSpeller([], 'en-AU')).correct('organisation')).toBe(true);
    expect((await loadSpeller([], 'en-CA')).correct('colour')).toBe(true);
  });

  it('accepts Oxford -ize spellings in British English, but not American spellings of other words', async () => {
    const british = await loadSpeller([], 'en-GB');
    for (const word of ['organization', 'organizations', 'realized', 'prioritize', 'digitization', 'recognizing']) expect(british.correct(word), word).toBe(true);
    for (const word of ['color', 'behavior', 'center']) expect(british.correct(word), word).toBe(false);
  });

  it('accepts American and British spellings alike when the site declares no variant', async () => {
    const either = await loadSpeller([], 'en');
    for (const word of ['colour', 'color', 'organisation', 'organization', 'centre', 'center', 'programme']) expect(either.correct(word), word).toBe(true);
    expect(either.correct('abilty')).toBe(false);
    expect(either.suggest('colur')).toEqual(expect.arrayContaining(['color', 'colour']));
  });
});

describe('englishVariant', () => {
  it('reads Hugo languageCode values, both American and British when none is declared', () => {
    expect(englishVariant('en-us')).toBe('en-US');
    expect(englishVariant('en-gb')).toBe('en-GB');
    expect(englishVariant('en_GB')).toBe('en-GB');
    expect(englishVariant('en-ie')).toBe('en-GB');
    expect(englishVariant('en-AU')).toBe('en-AU');
    expect(englishVariant('en-ca')).toBe('en-CA');
    expect(englishVariant('en')).toBe('en');
    expect(englishVariant('de-de')).toBe('en');
    expect(englishVariant(undefined)).toBe('en');
  });
});
