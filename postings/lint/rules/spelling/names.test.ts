import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { tokenizeWords } from '../../spelling/tokenize.js';
import { looksLikeName } from './names.js';

/** Whether `word` in `body` is written like a name. */
function nameLike(body: string, word: string, titleCase = false): boolean {
  const text = `+++\ntitle = "T"\n+++\n${body}`;
  const document = createLintDocument(text);
  const token = tokenizeWords(document.prose, document.bodyStart).find((candidate) => candidate.word === word);
  if (!token) throw new Error(`${word} not in text`);
  return looksLikeName(document, token, titleCase);
}

describe('looksLikeName', () => {
  it('is true for capitals inside a word, wherever it stands', () => {
    expect(nameLike('YouGov is our parent.', 'YouGov')).toBe(true);
    expect(nameLike('We use RCrunch daily.', 'RCrunch')).toBe(true);
  });

  it('is true for a capitalised word in mid-sentence', () => {
    expect(nameLike('Pioneers such as Tufte and Heer.', 'Tufte')).toBe(true);
  });

  it('is false for a capitalised word where ordinary words are capitalised', () => {
    expect(nameLike('Demonstratable skills.', 'Demonstratable')).toBe(false);
    expect(nameLike('* Parallization experience', 'Parallization')).toBe(false);
    expect(nameLike('## Nice To Haev\n', 'Haev')).toBe(false);
    expect(nameLike('Senior Enginer', 'Enginer', true)).toBe(false);
  });

  it('is false for lower-case words and for words of an all-caps line', () => {
    expect(nameLike('An abilty to listen.', 'abilty')).toBe(false);
    expect(nameLike('REQUIRED EXPERIANCE', 'EXPERIANCE')).toBe(false);
  });

  it('is true for an all-caps word among lower-case ones (a surname or a product in capitals)', () => {
    expect(nameLike('Contact Khalid CHOUKRI for details.', 'CHOUKRI')).toBe(true);
    expect(nameLike('assess the DRAGEN environment', 'DRAGEN')).toBe(true);
  });

  it('is true for the parts of an address spelt out to dodge harvesters', () => {
    expect(nameLike('send it to jhlyon at amazon com', 'jhlyon')).toBe(true);
    expect(nameLike('send it to jobs at tangelix dot com', 'jobs')).toBe(true);
  });
});
