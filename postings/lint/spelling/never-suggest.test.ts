import { describe, expect, it } from 'vitest';
import { americanDictionary, britishDictionary } from '../test-support/dictionaries.js';
import { realPostingFiles, readRealPosting } from '../test-support/real-postings.js';
import { isNeverSuggested } from './never-suggest.js';
import { createSpeller } from './speller.js';

const speller = createSpeller([americanDictionary, britishDictionary], [], 'en');

describe('isNeverSuggested', () => {
  it('catches sexual words, slurs and swear words, with their endings and inside several words', () => {
    for (const word of ['porn', 'Sluts', 'fucking', 'raped', 'wankers', 'Nigger', 'cunt', 'dildos', 'ass hat', 'anal-sex']) {
      expect(isNeverSuggested(word), word).toBe(true);
    }
  });

  it('leaves words that only contain one alone', () => {
    for (const word of ['Scunthorpe', 'analyst', 'analysis', 'assess', 'assessed', 'cocktail', 'Dickens', 'Essex', 'classic', 'therapist', 'grape', 'titanium', 'shitake', 'Sussex', 'passes', 'document']) {
      expect(isNeverSuggested(word), word).toBe(false);
    }
  });
});

/** The one-letter slips of a word: each letter dropped, or swapped with the next. */
function slipsOf(word: string): string[] {
  const slips = new Set<string>();
  for (let index = 0; index < word.length; index += 1) {
    slips.add(word.slice(0, index) + word.slice(index + 1));
    if (index + 1 < word.length) slips.add(word.slice(0, index) + word.charAt(index + 1) + word.charAt(index) + word.slice(index + 2));
  }
  slips.delete(word);
  return [...slips].filter((slip) => !speller.correct(slip));
}

describe('spelling suggestions', () => {
  // Words of real job titles, and the slips nearest to an obscenity.
  const titleWords = new Set(['Analyst', 'Assistant', 'Associate', 'Consultant', 'Specialist', 'Technician', 'Therapist', 'Accountant', 'Counsel', 'Cashier', 'Shift', 'Clerk', 'Nurse', 'Pharmacist']);
  for (const file of realPostingFiles) {
    const title = /^title = "([^"]*)"/m.exec(readRealPosting(file))?.[1] ?? '';
    for (const word of title.match(/\p{Lu}\p{Ll}{4,}/gu) ?? []) titleWords.add(word);
  }

  it('never offer an offensive, sexual or slur word for a slip in a job title', () => {
    const offensive: string[] = [];
    let offered = 0;
    // The curated words and the first corpus ones: suggesting takes ~10 ms a slip.
    for (const word of [...titleWords].slice(0, 24)) {
      for (const slip of slipsOf(word)) {
        const suggestions = speller.suggest(slip);
        offered += suggestions.length;
        for (const suggestion of suggestions) if (isNeverSuggested(suggestion)) offensive.push(`${slip} → ${suggestion}`);
      }
    }
    expect(offered).toBeGreaterThan(300);
    expect(offensive).toEqual([]);
  });

  it('never offer one for typos one slip from an obscenity', () => {
    for (const typo of ['Cunsultant', 'Analst', 'Asistant', 'Shitf', 'Pnis', 'Clit', 'Tits', 'Rapist', 'Whroe', 'Sexx']) {
      expect(speller.suggest(typo).filter(isNeverSuggested), typo).toEqual([]);
    }
  });

  it('still offer the right word', () => {
    expect(speller.suggest('Analst')[0]).toBe('Analyst');
    expect(speller.suggest('Asistant')[0]).toBe('Assistant');
  });
});
