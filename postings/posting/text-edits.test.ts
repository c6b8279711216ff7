import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPosting } from '../lint/lint-posting.js';
import type { LintContext, TextEdit } from '../lint/types.js';
import { loadSpeller } from '../repo/dictionaries.js';
import { applyTextEdits } from './text-edits.js';

const edit = (start: number, end: number, text: string): TextEdit => ({ start, end, text });

describe('applyTextEdits', () => {
  it('applies edits given in any order by their position in the original text', () => {
    const result = applyTextEdits('one two three', [edit(8, 13, '3'), edit(0, 3, '1'), edit(4, 7, '2')]);
    expect(result.text).toBe('1 2 3');
    expect(result.applied.map((applied) => applied.text)).toEqual(['1', '2', '3']);
    expect(result.skipped).toEqual([]);
  });

  it('skips and reports an edit that overlaps or touches one already taken, as ESLint does', () => {
    const first = edit(0, 5, 'HELLO');
    const overlapping = edit(3, 8, 'x');
    const touching = edit(5, 6, '_');
    const later = edit(6, 11, 'WORLD');
    const result = applyTextEdits('hello world', [overlapping, later, first, touching]);
    expect(result.text).toBe('HELLO WORLD');
    expect(result.applied).toEqual([first, later]);
    expect(result.skipped).toEqual([{ edit: overlapping, reason: 'overlap' }, { edit: touching, reason: 'overlap' }]);
  });

  it('keeps the first of two insertions at one place and skips the other', () => {
    const result = applyTextEdits('ab', [edit(1, 1, 'X'), edit(1, 1, 'Y')]);
    expect(result.text).toBe('aXb');
    expect(result.skipped).toEqual([{ edit: edit(1, 1, 'Y'), reason: 'overlap' }]);
  });

  it('reports edits outside the text instead of applying them', () => {
    const bad = [edit(-1, 0, 'x'), edit(2, 1, 'x'), edit(0, 99, 'x'), edit(0.5, 1, 'x')];
    const result = applyTextEdits('ab', bad);
    expect(result.text).toBe('ab');
    expect(result.skipped.map((skip) => skip.reason)).toEqual(['out-of-range', 'out-of-range', 'out-of-range', 'out-of-range']);
  });

  it('changes nothing with no edits', () => {
    expect(applyTextEdits('same', []).text).toBe('same');
  });
});

/**
 * Real lint fixes applied end to end on copies of real postings with a
 * byte-order mark, CRLF and mixed line endings: the result must be the
 * fixed LF posting with the same mark and endings, so no fix lands one
 * character off.
 */
describe('lint fixes on real postings in every encoding variant', () => {
  const POSTINGS = [
    new URL('../../../shared/fixtures/senior-backend-engineer.md', import.meta.url),
    new URL('../../../shared/corpus/careers-crunch/content/jobs/account-executive.md', import.meta.url),
    new URL('../../../shared/corpus/real-postings/008-made-tech-software-engineer.md', import.meta.url),
  ];

  async function context(): Promise<LintContext> {
    return { config: { rules: {}, words: [], unsafeHtml: true, today: '2026-12-01' }, speller: await loadSpeller() };
  }

  /** Every fix and, where a diagnostic has no fix, its first suggestion. */
  function editsOf(text: string, lint: LintContext): TextEdit[] {
    return lintPosting(text, lint).messages.flatMap((message) => {
      const chosen = message.fix ?? message.suggestions?.[0]?.edit;
      return chosen ? [chosen] : [];
    });
  }

  const normalize = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
  const toMixed = (text: string): string => text.split('\n').map((line, index) => (index % 2 === 1 ? `${line}\r` : line)).join('\n').replace(/\r$/, '');
  const VARIANTS: [string, (text: string) => string][] = [
    ['a byte-order mark', (text) => `\uFEFF${text}`],
    ['CRLF line endings', toCrlf],
    ['mixed line endings', toMixed],
    ['a byte-order mark and CRLF', (text) => `\uFEFF${toCrlf(text)}`],
  ];

  for (const url of POSTINGS) {
    const name = url.pathname.split('/').at(-1) as string;
    const original = readFileSync(url, 'utf8');

    it(`${name}: the LF original has fixes to apply`, async () => {
      const edits = editsOf(original, await context());
      expect(edits.length).toBeGreaterThan(0);
      expect(applyTextEdits(original, edits).text).not.toBe(original);
    });

    for (const [label, convert] of VARIANTS) {
      it(`${name} with ${label}: fixing gives the fixed original with the same mark and endings`, async () => {
        const lint = await context();
        const fixedOriginal = applyTextEdits(original, editsOf(original, lint));
        const copy = convert(original);
        const result = applyTextEdits(copy, editsOf(copy, lint));
        // Two rules on one word (spelling and wording) overlap in every variant alike.
        expect(result.skipped.map((skip) => skip.edit.text)).toEqual(fixedOriginal.skipped.map((skip) => skip.edit.text));
        // Each fix replaces the same words as in the original, not a character beside them.
        const replaced = (text: string, edits: readonly TextEdit[]): string[] => edits.map((item) => normalize(text.slice(item.start, item.end)));
        expect(replaced(copy, result.applied)).toEqual(replaced(original, fixedOriginal.applied));
        expect(normalize(result.text)).toBe(normalize(fixedOriginal.text));
        // Uniform endings: the whole fixed file is the fixed original, converted.
        if (label !== 'mixed line endings') expect(result.text).toBe(convert(fixedOriginal.text));
      });
    }
  }
});
