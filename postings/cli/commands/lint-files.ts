import { readFileSync } from 'node:fs';
import { decodePosting } from '../../file/decode.js';
import { PostingError } from '../../file/posting-error.js';
import { createLintDocument } from '../../lint/document.js';
import { lintPosting, type PostingLintResult } from '../../lint/lint-posting.js';
import { grammarText } from '../../lint/rules/grammar/grammar-text.js';
import type { Diagnostic, LintContext, TextEdit } from '../../lint/types.js';
import { applyTextEdits } from '../../posting/text-edits.js';
import { savePosting } from '../../repo/save-posting.js';
import { hashBytes } from '../../repo/version.js';
import { counted } from '../../lint/text/counted.js';

/** One problem a fix took care of, as it was reported before the fix. */
export interface FixedProblem {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

// As ESLint does: fixes that overlap wait for the next pass, a few passes at most.
const MAX_FIX_PASSES = 5;

/** A posting file as read once for its lint: its bytes and text, or why it cannot be read. */
export type PostingRead = { bytes: Buffer; text: string } | { problem: PostingError };

export function readPosting(file: string): PostingRead {
  try {
    const bytes = readFileSync(file);
    return { bytes, text: decodePosting(bytes) };
  } catch (error) {
    if (error instanceof PostingError) return { problem: error };
    throw error;
  }
}

/** The text the grammar rule will check in a posting, for the grammar checker to check ahead; none when it cannot be read. */
export function postingGrammarText(read: PostingRead, path: string | undefined): string | undefined {
  return 'problem' in read ? undefined : grammarText(createLintDocument(read.text, path === undefined ? {} : { path }));
}

/** Lints one posting as read; a file that cannot be read is one error, not a crash. */
export function lintFile(read: PostingRead, context: LintContext, path: string | undefined): PostingLintResult {
  if ('problem' in read) {
    const position = read.problem.position ?? { line: 1, column: 1 };
    const message: Diagnostic = { ruleId: 'unreadable-file', severity: 'error', message: read.problem.message, line: position.line, column: position.column, endLine: position.line, endColumn: position.column };
    return { messages: [message], genderCoding: { verdict: 'empty', masculine: [], feminine: [] } };
  }
  return lintPosting(read.text, context, path === undefined ? {} : { path });
}

/**
 * Lints, applies every fix (the safe, automatic edits rules offer) and lints
 * again until nothing more is fixable; writes the result through the
 * repository's save path (atomic, refused if the file changed meanwhile).
 */
export async function fixFile(file: string, read: PostingRead, context: LintContext, path: string | undefined): Promise<PostingLintResult & { fixed?: FixedProblem[] }> {
  if ('problem' in read) return lintFile(read, context, path);
  const { bytes, text } = read;
  const options = path === undefined ? {} : { path };
  const fixed: FixedProblem[] = [];
  let current = text;
  let result = lintPosting(current, context, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
    const fixable = result.messages.filter((message): message is Diagnostic & { fix: TextEdit } => message.fix !== undefined);
    if (fixable.length === 0) break;
    const applied = applyTextEdits(current, fixable.map((message) => ({ ...message.fix, message })));
    if (applied.applied.length === 0 || applied.text === current) break;
    for (const { message } of applied.applied) fixed.push({ ruleId: message.ruleId, line: message.line, column: message.column, message: message.message });
    current = applied.text;
    result = lintPosting(current, context, options);
  }
  if (current !== text) await savePosting(file, hashBytes(bytes), current);
  return { ...result, fixed };
}

/** "Fixed 3 problems in 2 postings:" and a line per posting naming what changed. */
export function describeFixes(results: readonly { file: string; fixed?: readonly FixedProblem[] }[]): string {
  const changed = results.filter((result) => (result.fixed?.length ?? 0) > 0);
  if (changed.length === 0) return 'Nothing to fix.\n';
  const total = changed.reduce((sum, result) => sum + (result.fixed?.length ?? 0), 0);
  const lines = changed.map((result) => {
    const byRule = new Map<string, number>();
    for (const problem of result.fixed ?? []) byRule.set(problem.ruleId, (byRule.get(problem.ruleId) ?? 0) + 1);
    return `  ${result.file}: ${[...byRule].map(([rule, count]) => (count === 1 ? rule : `${rule} ×${count}`)).join(', ')}`;
  });
  return `Fixed ${counted(total, 'problem')} in ${counted(changed.length, 'posting')}:\n${lines.join('\n')}\n`;
}
