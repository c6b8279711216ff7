import type { Rule } from '../../types.js';
import { grammarRule } from './grammar.js';
import checks from './harper-checks.json' with { type: 'json' };

/** Grammar from harper.js, only its checks measured precise enough on real postings. */
export const grammarRules: Rule[] = [grammarRule];

export interface HarperCheckMeasure {
  /** harper's name for the check. */
  check: string;
  /** Findings on the real-postings corpus, and how many a careful reader's list confirms. */
  findings: number;
  confirmed: number;
  precision: number;
  kept: boolean;
}

/** What was measured for each harper check that fired on the corpus (see measure-harper.ts). */
export const HARPER_CHECK_MEASURES: readonly HarperCheckMeasure[] = (checks as { checks: HarperCheckMeasure[] }).checks;

/** The harper checks the grammar rule turns on: at least 80% precise on the corpus. */
export const KEPT_HARPER_CHECKS: readonly string[] = HARPER_CHECK_MEASURES.filter((measure) => measure.kept).map((measure) => measure.check);
