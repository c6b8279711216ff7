import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { inHeading, startsSentence } from './sentence-start.js';

/** Whether `word` (its first occurrence after the front matter) starts a sentence. */
function starts(text: string, word: string): boolean {
  const document = createLintDocument(text);
  const offset = text.indexOf(word, document.bodyStart);
  if (offset < 0) throw new Error(`${word} not in text`);
  return startsSentence(document, offset);
}

const FRONT = '+++\ntitle = "T"\n+++\n';

describe('startsSentence', () => {
  it('is true at the start of the body, a paragraph, a list item, a heading, after a full stop or colon', () => {
    expect(starts(`${FRONT}Alpha beta.`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}One.\n\nAlpha beta.`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}Intro\n\n* Alpha beta`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}Intro:\n- Alpha beta\n- Gamma`, 'Gamma')).toBe(true);
    expect(starts(`${FRONT}Intro\n\n1. Alpha beta`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}### Alpha beta`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}One. Alpha beta.`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}Done! “Alpha” beta.`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}Note: Alpha beta.`, 'Alpha')).toBe(true);
    expect(starts(`${FRONT}| Skill | Level |\n| --- | --- |\n| Alpha | Beta |`, 'Beta')).toBe(true);
  });

  it('is false in the middle of a sentence, also on a hard-wrapped line', () => {
    expect(starts(`${FRONT}We use Alpha daily.`, 'Alpha')).toBe(false);
    expect(starts(`${FRONT}We use (Alpha) daily.`, 'Alpha')).toBe(false);
    expect(starts(`${FRONT}We use the tools of\nAlpha daily.`, 'Alpha')).toBe(false);
  });
});

describe('inHeading', () => {
  it('is true inside a heading only', () => {
    const text = `${FRONT}## Nice To Have\n\nBody Text`;
    const document = createLintDocument(text);
    expect(inHeading(document, text.indexOf('Have'))).toBe(true);
    expect(inHeading(document, text.indexOf('Text'))).toBe(false);
  });
});
