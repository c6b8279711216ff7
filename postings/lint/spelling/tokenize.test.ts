import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './tokenize.js';

const words = (text: string): string[] => tokenizeWords(text).map((token) => token.word);

describe('tokenizeWords', () => {
  it('gives words with offsets into the text', () => {
    const text = 'Demonstratable abilty to communicate.';
    const tokens = tokenizeWords(text);
    expect(tokens.map((token) => token.word)).toEqual(['Demonstratable', 'abilty', 'to', 'communicate']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('keeps apostrophes and hyphens inside a word, straight or curly', () => {
    expect(words('Crunch’s real-life solutions don’t stop; it\'s well‐tested.')).toEqual([
      'Crunch’s',
      'real-life',
      'solutions',
      'don’t',
      'stop',
      "it's",
      'well‐tested',
    ]);
  });

  it('strips quotes and brackets around words', () => {
    expect(words('(eg: “quoted” [words] \'here\')')).toEqual(['eg', 'quoted', 'words', 'here']);
  });

  it('splits alternatives joined by a slash', () => {
    expect(words('UI/UX and SciPy/NumPy/pandas')).toEqual(['UI', 'UX', 'and', 'SciPy', 'NumPy', 'pandas']);
  });

  it('splits at dashes', () => {
    expect(words('teams—and clients – or a--b')).toEqual(['teams', 'and', 'clients', 'or', 'a', 'b']);
  });

  it('skips words with digits, except ordinals', () => {
    expect(words('D3 and S3 on EC2, 24/7, 3x faster, 1st and 2th')).toEqual(['and', 'on', 'faster', '1st', 'and', '2th']);
  });

  it('skips paths, file names, domains, handles and dotted abbreviations', () => {
    expect(
      words('see /usr/bin ~/site content/jobs/ README.md crunch.io Node.js @crunch #hiring snake_case e.g. B.S. R&D C++ done'),
    ).toEqual(['see', 'C', 'done']);
  });

  it('skips words in other alphabets, which an English dictionary cannot judge', () => {
    expect(words('Senior 工程师 in Москва, café')).toEqual(['Senior', 'in', 'café']);
  });

  it('reads only between the given offsets', () => {
    const text = 'title = "Senior Engineer"\nbody';
    expect(tokenizeWords(text, 8, 25).map((token) => token.word)).toEqual(['Senior', 'Engineer']);
  });
});
