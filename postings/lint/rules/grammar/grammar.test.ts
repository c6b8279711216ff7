import { describe, expect, it } from 'vitest';
import { loadGrammarChecker } from '../../../repo/grammar.js';
import { createLintDocument } from '../../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../../engine.js';
import { MIN_PRECISION, tallyCorpus } from '../../test-support/measure-harper.js';
import { grammarRule } from './grammar.js';
import { grammarText } from './grammar-text.js';
import { HARPER_CHECK_MEASURES, KEPT_HARPER_CHECKS } from './index.js';

// The real harper.js, its WebAssembly read from node_modules: loading it takes seconds, once for the file.
const checker = await loadGrammarChecker('en');
const lint = (body: string) =>
  lintDocument(createLintDocument(`+++\ntitle = "Engineer"\n+++\n${body}`), [grammarRule], { config: { ...DEFAULT_CONFIG, today: '2026-12-01' }, grammar: checker });

describe('the harper checks kept', () => {
  it('are exactly those measured at least 80% precise, each having fired on the corpus', () => {
    expect(KEPT_HARPER_CHECKS.length).toBeGreaterThan(0);
    for (const measure of HARPER_CHECK_MEASURES) {
      expect(measure.precision, measure.check).toBeCloseTo(measure.confirmed / measure.findings, 2);
      expect(measure.kept, measure.check).toBe(measure.findings > 0 && measure.precision >= MIN_PRECISION);
    }
  });

  it('hold their precision on the real-postings corpus as the rule reads it', () => {
    const tallies = tallyCorpus(checker);
    const findings = tallies.reduce((sum, tally) => sum + tally.findings, 0);
    const confirmed = tallies.reduce((sum, tally) => sum + tally.confirmed, 0);
    expect(findings).toBeGreaterThan(0);
    expect(tallies.every((tally) => KEPT_HARPER_CHECKS.includes(tally.check))).toBe(true);
    for (const tally of tallies) expect(tally.confirmed / tally.findings, `${tally.check}: ${tally.examples.join('; ')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(confirmed / findings).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});

describe('grammar', () => {
  it('reports what a kept check finds, with harper’s replacement as a suggestion', () => {
    const [diagnostic, ...rest] = lint('We ship a another release in the United states every week.\n');
    expect(rest.map((other) => other.message)).toEqual([expect.stringMatching(/^“United states”/)]);
    expect(diagnostic).toMatchObject({ ruleId: 'grammar', severity: 'warning', line: 4, column: 9 });
    expect(diagnostic?.message).toMatch(/^“a another”: /);
    expect(diagnostic?.suggestions?.[0]?.edit.text).toBe('another');
  });

  it('finds nothing in clean text and is silent without a checker', () => {
    expect(lint('We ship another release in the United States every week.\n')).toEqual([]);
    const document = createLintDocument('+++\ntitle = "T"\n+++\na another\n');
    expect(lintDocument(document, [grammarRule], { config: DEFAULT_CONFIG })).toEqual([]);
  });

  it('reads list items as fragments, each its own sentence', () => {
    const document = createLintDocument('+++\ntitle = "T"\n+++\nYou will\n\n- build services\n- Write docs\n* mentor\n');
    expect(grammarText(document).slice(document.bodyStart)).toBe('You will\n.  build services.  Write docs.  mentor\n');
  });
});
