import { harperGrammarChecker, type HarperLinter } from '../../../postings/lint/grammar/harper-checker.js';
import { harperDialect } from '../../../postings/lint/grammar/harper-dialect.js';
import { KEPT_HARPER_CHECKS } from '../../../postings/lint/rules/grammar/index.js';
import type { EnglishVariant } from '../../../postings/lint/spelling/variant.js';
import type { GrammarChecker } from '../../../postings/lint/types.js';

/**
 * harper.js's grammar checker for the lint worker, with the checks the CLI
 * keeps. Imported on demand: its WebAssembly binary (16 MB, bundled by Vite
 * as an asset of the app's own origin) is fetched only when this runs.
 */
export async function loadGrammarChecker(variant: EnglishVariant): Promise<GrammarChecker> {
  const { binary } = await import('harper.js/binary');
  // createLinter is on the module harper.js/binary exports (a SuperBinaryModule), though its types omit it.
  const linter = await (binary as unknown as { createLinter(dialect: number): Promise<HarperLinter> }).createLinter(harperDialect(variant));
  const checker = harperGrammarChecker(linter, KEPT_HARPER_CHECKS);
  // harper builds its tagger on the first lint: pay that now, not in the next keystroke's lint.
  checker.check('Warm up.');
  return checker;
}
