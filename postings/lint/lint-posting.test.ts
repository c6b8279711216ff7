import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './engine.js';
import { lintPosting, type PostingLintResult } from './lint-posting.js';
import type { Diagnostic } from './types.js';
import { americanSpeller } from './test-support/dictionaries.js';
import { flagged } from './test-support/run-rule.js';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/senior-backend-engineer.md'), 'utf8');

describe('lintPosting on the real senior-backend-engineer fixture', () => {
  let result: PostingLintResult;

  beforeAll(async () => {
    const speller = americanSpeller([]);
    result = lintPosting(FIXTURE, { config: { ...DEFAULT_CONFIG, today: '2026-11-27' }, speller }, { path: 'content/jobs/senior-backend-engineer.md' });
  });

  it('flags the three real typos, each with the right first suggestion', () => {
    const spelling = result.messages.filter((message) => message.ruleId === 'spelling');
    expect(spelling.map((message) => [flagged(FIXTURE, message), message.suggestions?.[0]?.edit.text])).toEqual([
      ['Demonstratable', 'Demonstrable'],
      ['abilty', 'ability'],
      ['Parallization', 'Parallelization'],
    ]);
  });

  it('knows the technology names the posting uses', () => {
    const flaggedWords = result.messages.filter((message) => message.ruleId === 'spelling').map((message) => flagged(FIXTURE, message));
    for (const word of ['Python', 'ElasticSearch', 'MongoDB', 'AWS', 'Redis', 'cython', 'numpy', 'GIS']) expect(flaggedWords).not.toContain(word);
  });

  it('flags the trailing whitespace in one note with a fix that removes it all', () => {
    const trailing = result.messages.filter((message) => message.ruleId === 'trailing-whitespace');
    expect(trailing).toHaveLength(1);
    expect(flagged(FIXTURE, trailing[0] as Diagnostic)).toMatch(/^[ \t]+$/);
    const fix = trailing[0]?.fix;
    // The fixture's details have no trailing spaces, so the fixed file has none at all.
    expect(fix && FIXTURE.slice(0, fix.start) + fix.text + FIXTURE.slice(fix.end)).toBe(FIXTURE.replace(/[ \t]+$/gm, ''));
  });

  it('warns that the pay range is missing', () => {
    const pay = result.messages.filter((message) => message.ruleId === 'pay-range');
    expect(pay).toHaveLength(1);
    expect(pay[0]?.severity).toBe('warning');
    expect(pay[0]?.message).toMatch(/pay range/i);
  });

  it('raises no error: the posting is valid for Hugo', () => {
    expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });

  it('summarises gender-coded wording', () => {
    expect(result.genderCoding.masculine.length + result.genderCoding.feminine.length).toBeGreaterThan(0);
    expect(result.genderCoding.verdict).toMatch(/^(strongly )?(masculine|feminine)-coded$|^neutral$/);
  });

  it('gives every diagnostic a valid range in the file', () => {
    const lines = FIXTURE.split('\n');
    for (const message of result.messages) {
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.endLine).toBeGreaterThanOrEqual(message.line);
      expect(message.column).toBeLessThanOrEqual((lines[message.line - 1]?.length ?? 0) + 1);
    }
  });
});
