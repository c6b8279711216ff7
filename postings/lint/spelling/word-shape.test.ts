import { describe, expect, it } from 'vitest';
import {
  hasInnerCapital,
  isAllCaps,
  isCapitalised,
  isShortAcronym,
  isValidOrdinal,
  matchCase,
  normalizeWord,
  stripDiacritics,
  stripPossessive,
} from './word-shape.js';

describe('word shape', () => {
  it('reads curly apostrophes and typographic hyphens as plain ones', () => {
    expect(normalizeWord('Crunch’s')).toBe("Crunch's");
    expect(normalizeWord('on‐line')).toBe('on-line');
  });

  it('strips a possessive ending, singular or plural', () => {
    expect(stripPossessive("Crunch's")).toBe('Crunch');
    expect(stripPossessive("clients'")).toBe('clients');
    expect(stripPossessive('Crunch')).toBeUndefined();
  });

  it('tells all caps, capitalised and inner capitals apart', () => {
    expect(isAllCaps('NGINX')).toBe(true);
    expect(isAllCaps('A')).toBe(false);
    expect(isCapitalised('Python')).toBe(true);
    expect(isCapitalised('PostgreSQL')).toBe(false);
    expect(hasInnerCapital('JavaScript')).toBe(true);
    expect(hasInnerCapital('rDBMS')).toBe(true);
    expect(hasInnerCapital('Python')).toBe(false);
    expect(hasInnerCapital('API')).toBe(false);
  });

  it('counts short all-caps words and their plurals as acronyms, long ones not', () => {
    expect(isShortAcronym('SLA')).toBe(true);
    expect(isShortAcronym('HIPAA')).toBe(true);
    expect(isShortAcronym('KPIs')).toBe(true);
    expect(isShortAcronym('EXPERIANCE')).toBe(false);
    expect(isShortAcronym('Sla')).toBe(false);
  });

  it('knows which ordinal suffix a number takes', () => {
    expect(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd'].every(isValidOrdinal)).toBe(true);
    expect(['2th', '11st', '23th', '1nd'].some(isValidOrdinal)).toBe(false);
  });

  it('drops accents', () => {
    expect(stripDiacritics('Montréal')).toBe('Montreal');
  });

  it('gives a suggestion the case of the word it replaces', () => {
    expect(matchCase('Demonstratable', 'demonstrable')).toBe('Demonstrable');
    expect(matchCase('abilty', 'ability')).toBe('ability');
    expect(matchCase('TEH', 'the')).toBe('THE');
    expect(matchCase('javascirpt', 'JavaScript')).toBe('JavaScript');
    expect(matchCase('Decisionmaking', 'decision making')).toBe('Decision making');
  });
});
