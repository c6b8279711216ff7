import { createHarperLinter, harperGrammarChecker } from '../../../postings/lint/grammar/harper-checker.js';
import { harperDialect } from '../../../postings/lint/grammar/harper-dialect.js';
import { KEPT_HARPER_CHECKS } from '../../../postings/lint/rules/grammar/index.js';
import type { EnglishVariant } from '../../../postings/lint/spelling/variant.js';
import type { GrammarChecker } from '../../../postings/lint/types.js';

/**
 * harper.js's grammar checker for the lint worker, with the checks the CLI
 * keeps. Imported on demand: its slim WebAssembly binary (16 MB, bundled by Vite
 * as an asset of the app's own origin) is fetched only when this runs.
 */
export async function loadGrammarChecker(variant: EnglishVariant): Promise<GrammarChecker> {
  const { slimBinary } = await import('harper.js/slimBinary');
  return harperGrammarChecker(await createHarperLinter(slimBinary, harperDialect(variant)), KEPT_HARPER_CHECKS);
}
