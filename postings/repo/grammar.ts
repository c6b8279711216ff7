import { harperGrammarChecker, type HarperLinter } from '../lint/grammar/harper-checker.js';
import { harperDialect } from '../lint/grammar/harper-dialect.js';
import { KEPT_HARPER_CHECKS } from '../lint/rules/grammar/index.js';
import type { EnglishVariant } from '../lint/spelling/variant.js';
import type { GrammarChecker } from '../lint/types.js';

const linters = new Map<number, Promise<HarperLinter>>();

/**
 * harper.js's linter for Node hosts: its WebAssembly binary, shipped inside
 * the npm package, read from disk (harper.js/binary reads file: URLs with fs;
 * a browser worker imports the same module and it fetches the binary).
 * Building the linter takes seconds (its dictionary), so it is made once per
 * dialect and process, and only when grammar checking is asked for.
 */
export function loadHarperLinter(variant: EnglishVariant): Promise<HarperLinter> {
  const dialect = harperDialect(variant);
  let linter = linters.get(dialect);
  if (!linter) {
    linter = import('harper.js/binary').then(async ({ binary }) => {
      // createLinter is on the module harper.js/binary exports (a SuperBinaryModule), though its types omit it.
      const made = (await (binary as unknown as { createLinter(dialect: number): Promise<HarperLinter> }).createLinter(dialect));
      return made;
    });
    linters.set(dialect, linter);
  }
  return linter;
}

/** The grammar checker with the checks measured precise on real postings (or `checks`), warmed up. */
export async function loadGrammarChecker(variant: EnglishVariant, checks: readonly string[] = KEPT_HARPER_CHECKS): Promise<GrammarChecker> {
  const checker = harperGrammarChecker(await loadHarperLinter(variant), checks);
  // harper builds its tagger on the first lint: pay that here, not in the first posting's time.
  checker.check('Warm up.');
  return checker;
}
