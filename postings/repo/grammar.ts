import { setFlagsFromString } from 'node:v8';
import { createHarperLinter, harperGrammarChecker, type HarperLinter } from '../lint/grammar/harper-checker.js';
import { harperDialect } from '../lint/grammar/harper-dialect.js';
import { KEPT_HARPER_CHECKS } from '../lint/rules/grammar/index.js';
import type { EnglishVariant } from '../lint/spelling/variant.js';
import type { GrammarChecker } from '../lint/types.js';

const linters = new Map<number, Promise<HarperLinter>>();

// How V8 compiles harper's 16 MB of WebAssembly. At its defaults it re-optimises hundreds of harper's functions
// during the first lints, about 5 s of CPU on background threads that compete with the lint on a two-core
// machine. Optimising a function only once it has run about 8 MB of code (the default is 1.8 MB), without loop
// unrolling and peeling, halves that and lints no slower. Code generation only: the findings are the same.
// Measured with --trace-wasm-compilation-times and bench/lint.mjs (the careers-crunch site with --grammar:
// median 5.0 s at the defaults, 3.9 s with these).
const HARPER_V8_FLAGS = '--wasm-tiering-budget=8000000 --no-wasm-loop-unrolling --no-wasm-loop-peeling';

/**
 * harper.js's linter for Node hosts: its WebAssembly binary, shipped inside
 * the npm package, read from disk (harper.js/slimBinary reads file: URLs with fs;
 * a browser worker imports the same module and it fetches the binary).
 * Building the linter takes seconds (its dictionary), so it is made once per
 * dialect and process, and only when grammar checking is asked for.
 */
export function loadHarperLinter(variant: EnglishVariant): Promise<HarperLinter> {
  const dialect = harperDialect(variant);
  let linter = linters.get(dialect);
  if (!linter) {
    // Set before the module is compiled: V8 reads them as it compiles.
    setFlagsFromString(HARPER_V8_FLAGS);
    linter = import('harper.js/slimBinary').then(({ slimBinary }) => createHarperLinter(slimBinary, dialect));
    linters.set(dialect, linter);
  }
  return linter;
}

/** The grammar checker with the checks measured precise on real postings (or `checks`), warmed up. */
export async function loadGrammarChecker(variant: EnglishVariant, checks: readonly string[] = KEPT_HARPER_CHECKS): Promise<GrammarChecker> {
  return harperGrammarChecker(await loadHarperLinter(variant), checks);
}
