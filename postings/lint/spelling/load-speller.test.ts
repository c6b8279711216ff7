import { describe, expect, it } from 'vitest';
import { loadSpeller } from './load-speller.js';

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
});
