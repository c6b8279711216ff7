import { describe, expect, it } from 'vitest';
import { englishVariant, loadSpeller } from './load-speller.js';

describe('loadSpeller', () => {
  it('loads the English dictionary with the technology vocabulary and the given words', async () => {
    const speller = await loadSpeller(['YouGov']);
    expect(speller.correct('ability')).toBe(true);
    expect(speller.correct('Kubernetes')).toBe(true);
    expect(speller.correct('YouGov')).toBe(true);
    expect(speller.suggest('abilty')[0]).toBe('ability');
  });

  it('reuses one speller per word list, so a repository is linted with warm caches', async () => {
    expect(await loadSpeller(['YouGov'])).toBe(await loadSpeller(['YouGov']));
    expect(await loadSpeller([])).not.toBe(await loadSpeller(['YouGov']));
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
});

describe('englishVariant', () => {
  it('reads Hugo languageCode values, American English by default', () => {
    expect(englishVariant('en-us')).toBe('en-US');
    expect(englishVariant('en-gb')).toBe('en-GB');
    expect(englishVariant('en_GB')).toBe('en-GB');
    expect(englishVariant('en-ie')).toBe('en-GB');
    expect(englishVariant('en-AU')).toBe('en-AU');
    expect(englishVariant('en-ca')).toBe('en-CA');
    expect(englishVariant('en')).toBe('en-US');
    expect(englishVariant('de-de')).toBe('en-US');
    expect(englishVariant(undefined)).toBe('en-US');
  });
});
