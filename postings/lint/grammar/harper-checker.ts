import type { GrammarChecker, GrammarFinding } from '../types.js';

/**
 * The part of harper.js's WebAssembly `Linter` (from `binary.createLinter`)
 * this adapter uses, typed here so that the pure lint code imports nothing of
 * harper: the host or the worker loads the binary and hands the linter over.
 */
export interface HarperLinter {
  organized_lints(text: string, language: number, allHeadings: boolean, regexMask: string | undefined, dedup: boolean, isolateEnglish: boolean): HarperGroup[];
  get_lint_config_as_object(): Record<string, boolean | null>;
  set_lint_config_from_object(config: Record<string, boolean>): void;
}

interface HarperGroup {
  group: string;
  lints: HarperLint[];
  free?(): void;
}

interface HarperLint {
  message(): string;
  span(): { start: number; end: number };
  suggestions(): { get_replacement_text(): string }[];
  free?(): void;
}

/**
 * Builds harper's linter for a dialect from harper.js's binary module (what
 * `harper.js/slimBinary` exports). The slim binary is the one without Typst
 * and the thesaurus, neither of which plain-text checks use; the full one
 * also loads the slim one, two 16 MB WebAssembly modules instead of one.
 */
export function createHarperLinter(binary: object, dialect: number): Promise<HarperLinter> {
  // createLinter is on the object harper.js exports (a SuperBinaryModule), though its types omit it.
  return (binary as { createLinter(dialect: number): Promise<HarperLinter> }).createLinter(dialect);
}

// harper.js's Language enum: plain text, since the prose handed over is no Markdown.
const PLAIN_TEXT = 0;

/**
 * A GrammarChecker over a harper linter with only `checks` turned on (the
 * ones measured precise enough, see rules/grammar/harper-checks.json). Harper
 * counts Unicode code points; findings come back in UTF-16 offsets. It is
 * warmed up: harper builds its tagger on the first lint, paid here rather
 * than in the first posting's lint or the next keystroke's.
 */
export function harperGrammarChecker(linter: HarperLinter, checks: readonly string[]): GrammarChecker {
  const wanted = new Set(checks);
  const config = Object.fromEntries(Object.keys(linter.get_lint_config_as_object()).map((name) => [name, wanted.has(name)]));
  linter.set_lint_config_from_object(config);
  const checker: GrammarChecker = {
    check(text: string): GrammarFinding[] {
      const toUtf16 = codePointOffsets(text);
      const findings: GrammarFinding[] = [];
      for (const group of linter.organized_lints(text, PLAIN_TEXT, false, undefined, true, false)) {
        for (const lint of group.lints) {
          const span = lint.span();
          if (wanted.has(group.group)) {
            findings.push({
              check: group.group,
              message: lint.message(),
              start: toUtf16(span.start),
              end: toUtf16(span.end),
              replacements: lint.suggestions().map((suggestion) => suggestion.get_replacement_text()),
            });
          }
          lint.free?.();
        }
        group.free?.();
      }
      return findings;
    },
  };
  checker.check('Warm up.');
  return checker;
}

/** Code point offset → UTF-16 offset; the identity when the text has no astral characters. */
function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let utf16 = 0;
  for (const char of text) {
    map.push(utf16);
    utf16 += char.length;
  }
  map.push(utf16);
  return (offset) => map[offset] ?? utf16;
}
