import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { decodePosting } from '../../file/decode.js';
import { PostingError } from '../../file/posting-error.js';
import { lintPosting, type PostingLintResult } from '../../lint/lint-posting.js';
import type { Diagnostic, LintContext, TextEdit } from '../../lint/types.js';
import { applyTextEdits } from '../../posting/text-edits.js';
import { findPostingFiles } from '../../repo/list-postings.js';
import { repositoryLintContext, settingsWarnings } from '../../repo/lint-setup.js';
import { SETTINGS_FILE } from '../../repo/settings.js';
import { openRepository, type Repository } from '../../repo/repository.js';
import { savePosting } from '../../repo/save-posting.js';
import { hashBytes } from '../../repo/version.js';
import { findSiteConfigFiles } from '../../repo/site-config.js';
import { parseArgs, single, UsageError } from '../args.js';
import { EXIT_LINT_ERRORS, EXIT_OK, type CommandIO } from '../io.js';
import { formatLintText } from '../lint-text-format.js';

export interface FileLintResult extends PostingLintResult {
  /** As given or found, relative to the current folder. */
  file: string;
  /** With --fix: what the fixes changed (the messages are then those of the fixed file). */
  fixed?: FixedProblem[];
}

/** One problem a fix took care of, as it was reported before the fix. */
export interface FixedProblem {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

// As ESLint does: fixes that overlap wait for the next pass, a few passes at most.
const MAX_FIX_PASSES = 5;

/**
 * Lints the named postings (files or folders), or the repository's postings
 * section when none is named. Exit 1 when any error-level warning is found.
 */
export async function lintCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['format'], ['quiet', 'fix', 'grammar']);
  const fix = args.flags.has('fix');
  const grammar = args.flags.has('grammar');
  const format = single(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not “${format}”`);
  const targets = args.positionals.length > 0 ? args.positionals.flatMap((path) => expand(resolve(io.cwd, path))) : defaultTargets(io.cwd);
  const today = new Date().toISOString().slice(0, 10);
  const repositoryOf = repositoryFinder();
  const contexts = new Map<string, Promise<LintContext>>();
  const results: FileLintResult[] = [];
  const postings = targets.map((file) => {
    const repository = repositoryOf(file);
    return { file, repository, key: repository?.root ?? '', path: repository ? relative(repository.root, file).split(sep).join('/') : undefined };
  });
  for (const { file, repository, key, path } of postings) {
    if (!contexts.has(key)) {
      // harper checks each posting's grammar ahead, in its own thread, while this one runs the other rules.
      const grammarPrefetch = grammar ? postings.filter((posting) => posting.key === key).map((posting) => (posting.path === undefined ? { file: posting.file } : { file: posting.file, path: posting.path })) : [];
      contexts.set(key, repositoryLintContext(repository, today, { grammar, grammarPrefetch }));
    }
    const context = await (contexts.get(key) as Promise<LintContext>);
    const shownName = relative(io.cwd, file) || file;
    results.push({ file: shownName, ...(fix ? await fixFile(file, context, path) : lintFile(file, context, path)) });
  }
  if (fix) io.err(describeFixes(results));
  // The settings that shaped this lint come first: a mistyped rule id there leaves a rule on.
  for (const root of [...contexts.keys()].filter((key) => key !== '').reverse()) {
    const messages = settingsWarnings(root);
    if (messages.length > 0) results.unshift({ file: relative(io.cwd, join(root, SETTINGS_FILE)) || SETTINGS_FILE, messages, genderCoding: { verdict: 'empty', masculine: [], feminine: [] } });
  }
  const shown = args.flags.has('quiet') ? results.map((result) => ({ ...result, messages: result.messages.filter((message) => message.severity === 'error') })) : results;
  io.out(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : formatLintText(shown));
  return results.some((result) => result.messages.some((message) => message.severity === 'error')) ? EXIT_LINT_ERRORS : EXIT_OK;
}

function lintFile(file: string, context: LintContext, path: string | undefined): PostingLintResult {
  let text: string;
  try {
    text = decodePosting(readFileSync(file));
  } catch (error) {
    if (!(error instanceof PostingError)) throw error;
    const position = error.position ?? { line: 1, column: 1 };
    const message: Diagnostic = { ruleId: 'unreadable-file', severity: 'error', message: error.message, line: position.line, column: position.column, endLine: position.line, endColumn: position.column };
    return { messages: [message], genderCoding: { verdict: 'empty', masculine: [], feminine: [] } };
  }
  return lintPosting(text, context, path === undefined ? {} : { path });
}

/**
 * Lints, applies every fix (the safe, automatic edits rules offer) and lints
 * again until nothing more is fixable; writes the result through the
 * repository's save path (atomic, refused if the file changed meanwhile).
 */
async function fixFile(file: string, context: LintContext, path: string | undefined): Promise<PostingLintResult & { fixed?: FixedProblem[] }> {
  let bytes: Buffer;
  let text: string;
  try {
    bytes = readFileSync(file);
    text = decodePosting(bytes);
  } catch (error) {
    if (!(error instanceof PostingError)) throw error;
    return lintFile(file, context, path);
  }
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
function describeFixes(results: readonly FileLintResult[]): string {
  const changed = results.filter((result) => (result.fixed?.length ?? 0) > 0);
  if (changed.length === 0) return 'Nothing to fix.\n';
  const total = changed.reduce((sum, result) => sum + (result.fixed?.length ?? 0), 0);
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines = changed.map((result) => {
    const byRule = new Map<string, number>();
    for (const problem of result.fixed ?? []) byRule.set(problem.ruleId, (byRule.get(problem.ruleId) ?? 0) + 1);
    return `  ${result.file}: ${[...byRule].map(([rule, count]) => (count === 1 ? rule : `${rule} ×${count}`)).join(', ')}`;
  });
  return `Fixed ${plural(total, 'problem')} in ${plural(changed.length, 'posting')}:\n${lines.join('\n')}\n`;
}

function defaultTargets(cwd: string): string[] {
  return findPostingFiles(openRepository(cwd).sectionDir).sort();
}

/** A file is itself; a site's root means its postings section; another folder, the postings under it. */
function expand(path: string): string[] {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new PostingError('not-found', `${path}: no such file or folder`);
  if (!info.isDirectory()) return [path];
  if (findSiteConfigFiles(path).length > 0) return defaultTargets(path);
  return findPostingFiles(path).sort();
}

/** The repository a file belongs to, if it is inside a Hugo site; looked up once per folder in one run. */
function repositoryFinder(): (file: string) => Repository | undefined {
  const repositories = new Map<string, Repository | undefined>();
  return (file) => {
    const folder = dirname(file);
    if (!repositories.has(folder)) repositories.set(folder, openRepositoryIfAny(folder));
    return repositories.get(folder);
  };
}

function openRepositoryIfAny(folder: string): Repository | undefined {
  try {
    return openRepository(folder);
  } catch (error) {
    if (error instanceof PostingError && error.code === 'not-found') return undefined;
    throw error;
  }
}
