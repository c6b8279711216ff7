/**
 * The inclusive rules on the careers-crunch corpus: 34 published, proofread
 * postings. Every diagnostic other than the gender-coded words is listed
 * below, so that a change to a word list that adds a false alarm (or loses a
 * true one) shows up here. Each entry was reviewed: it is one an HR editor
 * would agree with. The gender-coded words are info-level and counted per
 * posting instead, with the verdict, which agrees with gender-decoder's own
 * code run on the same text (the counts below were checked against it).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLintDocument } from '../../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../../engine.js';
import { flagged } from '../../test-support/run-rule.js';
import { genderCoding, inclusiveRules } from './index.js';

const CORPUS = new URL('../../../../../shared/corpus/careers-crunch/content/jobs/', import.meta.url);
const FIXTURE = new URL('../../../../../shared/fixtures/senior-backend-engineer.md', import.meta.url);

function lint(text: string) {
  const document = createLintDocument(text);
  return { diagnostics: lintDocument(document, inclusiveRules, { config: { ...DEFAULT_CONFIG, today: '2026-11-27' } }), coding: genderCoding(document) };
}

// The postings (not _index.md, the section page), each linted once.
const postings = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, CORPUS), 'utf8');
    return { name, text, ...lint(text) };
  });

/** Every diagnostic except gender-coded words: [file, line, rule, flagged text]. */
const EXPECTED_DIAGNOSTICS: [string, number, string, string][] = [
  // "Ability to work in a fast‐paced sales environment": a cliché for pressure; info level.
  ['business-development-representative.md', 36, 'culture-cliches', 'fast‐paced'],
  // "We are a startup, with a fast-paced startup culture": same.
  ['customer-support-analyst.md', 60, 'culture-cliches', 'fast-paced'],
];

/** Per posting: gender-decoder's verdict, masculine and feminine counts (a word on two stems counts twice). */
const EXPECTED_GENDER_CODING: [string, string, number, number][] = [
  ['account-executive.md', 'feminine-coded', 5, 7],
  ['backend-engineer.md', 'feminine-coded', 6, 7],
  ['business-development-representative.md', 'strongly masculine-coded', 13, 3],
  ['customer-success-manager.md', 'masculine-coded', 12, 10],
  ['customer-support-analyst.md', 'strongly feminine-coded', 10, 15],
  ['data-visualization-specialist.md', 'strongly masculine-coded', 11, 4],
  ['database-engineer.md', 'empty', 0, 0],
  ['director-professional-services.md', 'masculine-coded', 9, 7],
  ['front-end-director.md', 'strongly masculine-coded', 8, 3],
  ['frontend-technical-lead.md', 'masculine-coded', 11, 10],
  ['javascript-engineer.md', 'strongly feminine-coded', 1, 10],
  ['marketing-manager.md', 'strongly masculine-coded', 14, 5],
  ['part-time-junior-designer.md', 'feminine-coded', 1, 2],
  ['product-manager.md', 'strongly feminine-coded', 1, 10],
  ['python-api-developer.md', 'feminine-coded', 4, 6],
  ['python-engineer-old.md', 'feminine-coded', 3, 5],
  ['python-engineer.md', 'strongly feminine-coded', 3, 7],
  ['r-r-shiny-developer.md', 'feminine-coded', 1, 2],
  ['r-shiny-developer.md', 'masculine-coded', 3, 2],
  ['react-developer-d3.md', 'strongly feminine-coded', 4, 8],
  ['react-developer.md', 'strongly feminine-coded', 3, 9],
  ['sales-development-representative.md', 'strongly masculine-coded', 9, 1],
  ['sdet.md', 'neutral', 1, 1],
  ['senior-db-programmer.md', 'feminine-coded', 4, 7],
  ['senior-r-developer.md', 'strongly feminine-coded', 4, 9],
  ['senior-software-engineer-python-data-platform.md', 'feminine-coded', 8, 10],
  ['site-reliability-engineer.md', 'masculine-coded', 7, 4],
  ['software-engineer-python-data-platform.md', 'strongly feminine-coded', 6, 10],
  ['software-project-manager-crunchdb.md', 'strongly masculine-coded', 15, 7],
  ['software-project-manager.md', 'strongly masculine-coded', 15, 7],
  ['support-developer.md', 'feminine-coded', 6, 7],
  ['team-lead-operations.md', 'strongly masculine-coded', 10, 4],
  ['technical-writer.md', 'strongly feminine-coded', 0, 5],
  ['ux-developer.md', 'strongly feminine-coded', 0, 5],
];

describe('inclusive rules on the careers-crunch corpus', () => {
  it('has the 34 postings', () => {
    expect(postings).toHaveLength(34);
  });

  it('raises exactly the reviewed diagnostics, gender-coded words aside', () => {
    const found = postings.flatMap(({ name, text, diagnostics }) =>
      diagnostics
        .filter((diagnostic) => diagnostic.ruleId !== 'gender-coded-words')
        .map((diagnostic): [string, number, string, string] => [name, diagnostic.line, diagnostic.ruleId, flagged(text, diagnostic)]),
    );
    expect(found).toEqual(EXPECTED_DIAGNOSTICS);
  });

  it('raises no warning or error at all: only information', () => {
    const severe = postings.flatMap(({ diagnostics }) => diagnostics.filter((diagnostic) => diagnostic.severity !== 'info'));
    expect(severe).toEqual([]);
  });

  it('gives the gender-coding verdicts and counts gender-decoder gives', () => {
    const found = postings.map(({ name, coding }) => [name, coding.verdict, coding.masculine.length, coding.feminine.length]);
    expect(found).toEqual(EXPECTED_GENDER_CODING);
  });

  it('underlines masculine-coded words only in postings that lean masculine, each word once', () => {
    const underlined = postings.flatMap(({ name, diagnostics, coding }) =>
      diagnostics.filter((diagnostic) => diagnostic.ruleId === 'gender-coded-words').map(() => [name, coding.verdict]),
    );
    expect(underlined.every(([, verdict]) => verdict?.includes('masculine'))).toBe(true);
    // Was 417 when every coded word was underlined, feminine ones included.
    expect(underlined).toHaveLength(10);
  });

  it('raises only gender-coded words on the senior backend engineer fixture', () => {
    const { diagnostics, coding } = lint(readFileSync(FIXTURE, 'utf8'));
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'gender-coded-words')).toEqual([]);
    expect(coding).toEqual({
      verdict: 'masculine-coded',
      masculine: ['analytics', 'independently', 'analytical', 'decisions'],
      feminine: ['commitment', 'sharing', 'together'],
    });
  });
});
