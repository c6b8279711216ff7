import { describe, expect, it } from 'vitest';
import { americanDictionary } from '../test-support/dictionaries.js';
import { createSpeller, MAX_SUGGESTIONS } from './speller.js';

// One speller for the file: parsing the dictionary is the slow part.
const speller = createSpeller([americanDictionary], ['YouGov', 'Crunch.io']);

describe('speller: correct', () => {
  it('accepts English words in their usual cases', () => {
    for (const word of ['ability', 'Ability', 'ABILITY', 'remotely', 'commensurate', 'onerous']) {
      expect(speller.correct(word), word).toBe(true);
    }
  });

  it('rejects misspellings', () => {
    for (const word of ['abilty', 'Demonstratable', 'Parallization', 'recieve', 'EXPERIANCE']) {
      expect(speller.correct(word), word).toBe(false);
    }
  });

  it('knows technology names however they are capitalised', () => {
    for (const word of [
      'Python', 'python', 'ElasticSearch', 'Elasticsearch', 'MongoDB', 'mongodb', 'Kubernetes', 'PostgreSQL', 'Postgres',
      'Redis', 'cython', 'Cython', 'numpy', 'NumPy', 'GIS', 'JavaScript', 'Javascript', 'TypeScript', 'React', 'Django',
      'Pyramid', 'Jenkins', 'Terraform', 'GitHub', 'Github', 'SaaS', 'DevOps', 'NoSQL', 'SQL', 'AWS',
    ]) {
      expect(speller.correct(word), word).toBe(true);
    }
  });

  it('knows job-posting jargon that general dictionaries lack', () => {
    for (const word of ['roadmap', 'onboarding', 'lifecycle', 'performant', 'scalable', 'standup', 'timezones', 'wireframes']) {
      expect(speller.correct(word), word).toBe(true);
    }
  });

  it('accepts the extra words it was given, in any case, with plurals and possessives', () => {
    expect(speller.correct('YouGov')).toBe(true);
    expect(speller.correct('yougov')).toBe(true);
    expect(speller.correct('YouGov’s')).toBe(true);
    expect(createSpeller([americanDictionary]).correct('YouGov')).toBe(false);
  });

  it('accepts possessives, straight or curly', () => {
    for (const word of ["Crunch's", 'Crunch’s', "clients'", "Kubernetes's", 'Redis’s']) expect(speller.correct(word), word).toBe(true);
    expect(speller.correct("abilty's")).toBe(false);
  });

  it('accepts contractions', () => {
    for (const word of ["don't", 'don’t', "we're", "you'll", "it's", "won't", "they've"]) expect(speller.correct(word), word).toBe(true);
  });

  it('checks each part of a hyphenated compound', () => {
    for (const word of ['real-life', 'prime-time', 'large-scale', 'hold-ups', 'e-mail', 'co-founder', 'pre-sales', 'on‐line']) {
      expect(speller.correct(word), word).toBe(true);
    }
    expect(speller.correct('real-lfe')).toBe(false);
    expect(speller.correct('real-')).toBe(false);
  });

  it('accepts short all-caps acronyms and their plurals, but checks long all-caps words', () => {
    for (const word of ['API', 'SLA', 'HIPAA', 'KPIs', 'SREs', 'OKRs']) expect(speller.correct(word), word).toBe(true);
    expect(speller.correct('EXPERIENCE')).toBe(true);
    expect(speller.correct('EXPERIANCE')).toBe(false);
  });

  it('checks ordinal numbers and leaves other words with digits alone', () => {
    expect(speller.correct('1st')).toBe(true);
    expect(speller.correct('22nd')).toBe(true);
    expect(speller.correct('11th')).toBe(true);
    expect(speller.correct('2th')).toBe(false);
    expect(speller.correct('D3')).toBe(true);
    expect(speller.correct('EC2')).toBe(true);
  });

  it('accepts accented spellings of known words', () => {
    expect(speller.correct('Montréal')).toBe(true);
  });

  it('accepts single letters and non-words', () => {
    expect(speller.correct('R')).toBe(true);
    expect(speller.correct('--')).toBe(true);
  });
});

describe('speller: suggest', () => {
  it('puts the right word first for the fixture’s typos, in the original’s case', () => {
    expect(speller.suggest('abilty')[0]).toBe('ability');
    expect(speller.suggest('Demonstratable')[0]).toBe('Demonstrable');
    expect(speller.suggest('Parallization')[0]).toBe('Parallelization');
  });

  it('puts the right word first for common slips', () => {
    expect(speller.suggest('teh')[0]).toBe('the');
    expect(speller.suggest('recieve')[0]).toBe('receive');
    expect(speller.suggest('seperate')[0]).toBe('separate');
    expect(speller.suggest('acommodate')[0]).toBe('accommodate');
    expect(speller.suggest('EXPERIANCE')[0]).toBe('EXPERIENCE');
  });

  it('suggests technology names as they are written', () => {
    expect(speller.suggest('Pyhton')[0]).toBe('Python');
    expect(speller.suggest('Kubernets')[0]).toBe('Kubernetes');
    expect(speller.suggest('javascirpt')[0]).toBe('JavaScript');
    expect(speller.suggest('Githib')[0]).toBe('GitHub');
  });

  it('suggests the extra words too', () => {
    expect(speller.suggest('YouGvo')[0]).toBe('YouGov');
  });

  it('splits words run together', () => {
    expect(speller.suggest('decisionmaking').slice(0, 2)).toEqual(['decision making', 'decision-making']);
  });

  it('mends only the broken part of a possessive or a compound', () => {
    expect(speller.suggest('Crunh’s')[0]).toBe("Crunch's");
    expect(speller.suggest('real-lfe')).toContain('real-life');
  });

  it('suggests nothing for a correct word, and at most a handful otherwise', () => {
    expect(speller.suggest('ability')).toEqual([]);
    expect(speller.suggest('abilty').length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('answers a repeated question from its cache, unaffected by what callers do with the answer', () => {
    const first = speller.suggest('abilty');
    first.length = 0;
    expect(speller.suggest('abilty')[0]).toBe('ability');
  });
});
