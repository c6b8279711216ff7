/**
 * Measures every harper.js check on the real-postings corpus: each finding is
 * confirmed when the careful reader's list (known-errors.json) has an error on
 * the same line whose text overlaps it. Prints the JSON for
 * rules/grammar/harper-checks.json: `npx tsx postings/lint/test-support/measure-harper.ts`.
 * A check is kept when it fired at least once and at least 80% of its findings are confirmed.
 */
import { createLintDocument } from '../document.js';
import { harperGrammarChecker } from '../grammar/harper-checker.js';
import { grammarText } from '../rules/grammar/grammar-text.js';
import { loadHarperLinter } from '../../repo/grammar.js';
import type { GrammarChecker } from '../types.js';
import { knownErrors, readRealPosting, realPostingFiles } from './real-postings.js';

export interface CheckTally {
  check: string;
  findings: number;
  confirmed: number;
  examples: string[];
}

/** Runs `checker` over the corpus and tallies its findings per check. */
export function tallyCorpus(checker: GrammarChecker): CheckTally[] {
  const tallies = new Map<string, CheckTally>();
  for (const file of realPostingFiles) {
    const document = createLintDocument(readRealPosting(file));
    const text = grammarText(document);
    for (const finding of checker.check(text)) {
      const line = document.text.slice(0, finding.start).split('\n').length;
      const found = text.slice(finding.start, finding.end).trim().toLowerCase();
      const confirmed = knownErrors.some(
        (error) => error.file === file && error.line === line && found !== '' && (error.text.toLowerCase().includes(found) || found.includes(error.text.toLowerCase())),
      );
      const tally = tallies.get(finding.check) ?? { check: finding.check, findings: 0, confirmed: 0, examples: [] };
      tally.findings += 1;
      if (confirmed) tally.confirmed += 1;
      if (tally.examples.length < 3) tally.examples.push(`${file.slice(0, 3)}:${line} “${found.slice(0, 40)}”${confirmed ? ' (confirmed)' : ''}`);
      tallies.set(finding.check, tally);
    }
  }
  return [...tallies.values()].sort((a, b) => b.findings - a.findings || a.check.localeCompare(b.check));
}

export const MIN_PRECISION = 0.8;

if (import.meta.url === `file://${process.argv[1]}`) {
  const linter = await loadHarperLinter('en');
  // harper's default set (some checks off by default panic while loading harper's thesaurus).
  const { binary } = await import('harper.js/binary');
  const defaults = Object.entries(await binary.getDefaultLintConfig()).filter(([, on]) => on === true).map(([check]) => check);
  const tallies = tallyCorpus(harperGrammarChecker(linter, defaults));
  const checks = tallies.map((tally) => {
    const precision = Math.round((tally.confirmed / tally.findings) * 1000) / 1000;
    return { check: tally.check, findings: tally.findings, confirmed: tally.confirmed, precision, kept: precision >= MIN_PRECISION, examples: tally.examples };
  });
  console.log(JSON.stringify({ measured: 'harper.js 2.10.0 on the 46 real postings, its default checks on; confirmed = the careful reader listed it (known-errors.json)', checks }, null, 2));
}
