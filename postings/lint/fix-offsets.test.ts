import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../posting/text-edits.js';
import { DEFAULT_CONFIG } from './engine.js';
import { lintPosting } from './lint-posting.js';
import { eitherSpeller } from './test-support/dictionaries.js';
import { readRealPosting } from './test-support/real-postings.js';
import type { Diagnostic, TextEdit } from './types.js';

/**
 * Every fix and suggestion indexes exactly the text given to lintPosting,
 * whatever its byte-order mark and line endings: checked on copies of real
 * postings with typos, trailing spaces, raw HTML and entities.
 */
const context = { config: { ...DEFAULT_CONFIG, today: '2026-12-01' }, speller: eitherSpeller() };
const FILES = ['010-haskell-foundation-devops-engineer.md', '031-millennium-it-analyst.md', '039-lv8-sport-junior-data-scientist.md', '001-18f-consulting-software-engineer.md', '003-ontario-digital-service-junior-developer.md'];

const COPIES: Record<string, (text: string) => string> = {
  'byte-order mark': (text) => `\uFEFF${text}`,
  CRLF: (text) => text.replace(/\r?\n/g, '\r\n'),
  'byte-order mark and CRLF': (text) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`,
  // Every other line ending CRLF.
  'mixed endings': (text) => {
    let count = 0;
    return text.replace(/\r?\n/g, () => (count++ % 2 === 0 ? '\r\n' : '\n'));
  },
};

const normalise = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
const fixesOf = (messages: readonly Diagnostic[]): TextEdit[] => messages.flatMap((message) => (message.fix ? [message.fix] : []));
const quoted = (message: string): string | undefined => /^“([^”]+)” may be misspelled/.exec(message)?.[1];

describe.each(FILES)('fix offsets in copies of %s', (file) => {
  const original = readRealPosting(file).replace(/\r\n/g, '\n');
  const plain = lintPosting(original, context).messages;
  const appliedPlain = applyTextEdits(original, fixesOf(plain));
  const fixedPlain = appliedPlain.text;

  it('has fixes or suggestions to check', () => {
    expect(plain.some((message) => message.fix !== undefined || message.suggestions !== undefined)).toBe(true);
  });

  it.each(Object.keys(COPIES))('%s', (copyName) => {
    const copy = (COPIES[copyName] as (text: string) => string)(original);
    const messages = lintPosting(copy, context).messages;
    // The same diagnostics, at the same lines and columns.
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(plain.map((message) => `${message.line}:${message.column} ${message.ruleId}`));
    // A spelling suggestion replaces exactly the word it names.
    for (const message of messages) {
      const word = quoted(message.message);
      for (const suggestion of message.suggestions ?? []) {
        if (word !== undefined) expect(copy.slice(suggestion.edit.start, suggestion.edit.end)).toBe(word);
      }
    }
    // Applying every fix gives the same posting as fixing the LF copy, endings and mark aside.
    const fixed = applyTextEdits(copy, fixesOf(messages));
    // Overlapping fixes wait for a second pass (as ESLint's do): the same ones in every copy.
    expect(fixed.skipped.length).toBe(appliedPlain.skipped.length);
    expect(normalise(fixed.text)).toBe(fixedPlain);
    expect(fixed.text.startsWith('\uFEFF')).toBe(copy.startsWith('\uFEFF'));
  });
});
