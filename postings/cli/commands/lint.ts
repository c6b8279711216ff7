import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PostingError } from '../../file/posting-error.js';
import type { PostingLintResult } from '../../lint/lint-posting.js';
import { englishVariant } from '../../lint/spelling/variant.js';
import type { LintContext } from '../../lint/types.js';
import { startGrammarChecker, type PrefetchingGrammarChecker } from '../../repo/grammar-thread.js';
import { findPostingFiles } from '../../repo/list-postings.js';
import { SETTINGS_FILE } from '../../repo/settings.js';
import { openRepository, type Repository } from '../../repo/repository.js';
import { findSiteConfigFiles } from '../../repo/site-config.js';
import { parseArgs, single, UsageError } from '../args.js';
import { EXIT_LINT_ERRORS, EXIT_OK, type CommandIO } from '../io.js';
import { formatLintText } from '../lint-text-format.js';
import type { FixedProblem } from './lint-files.js';

export interface FileLintResult extends PostingLintResult {
  /** As given or found, relative to the current folder. */
  file: string;
  /** With --fix: what the fixes changed (the messages are then those of the fixed file). */
  fixed?: FixedProblem[];
}

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
  // A file named twice (itself and in its folder) is linted once: each is read once, and --fix writes it once.
  const targets = [...new Set(args.positionals.length > 0 ? args.positionals.flatMap((path) => expand(resolve(io.cwd, path))) : defaultTargets(io.cwd))];
  const today = new Date().toISOString().slice(0, 10);
  const repositoryOf = repositoryFinder();
  const contexts = new Map<string, Promise<LintContext>>();
  const results: FileLintResult[] = [];
  const postings = targets.map((file) => {
    const repository = repositoryOf(file);
    return { file, repository, key: repository?.root ?? '', path: repository ? relative(repository.root, file).split(sep).join('/') : undefined };
  });
  // harper's linter takes seconds to build: its thread starts before this one loads the rules, and is
  // then handed every posting's text to check ahead while this one runs the other rules.
  const grammarCheckers = new Map<string, Promise<PrefetchingGrammarChecker>>();
  for (const { repository, key } of grammar ? postings : []) {
    if (!grammarCheckers.has(key)) grammarCheckers.set(key, startGrammarChecker(englishVariant(repository?.site.languageCode)));
  }
  const [{ repositoryLintContext, settingsWarnings }, { fixFile, lintFile, describeFixes, postingGrammarText, readPosting }] = await Promise.all([import('../../repo/lint-setup.js'), import('./lint-files.js')]);
  const reads = postings.map((posting) => ({ ...posting, read: readPosting(posting.file) }));
  for (const { read, key, path } of grammar ? reads : []) {
    const text = postingGrammarText(read, path);
    if (text !== undefined) (await grammarCheckers.get(key))?.prefetch(text);
  }
  for (const { file, read, repository, key, path } of reads) {
    if (!contexts.has(key)) {
      const checker = grammarCheckers.get(key);
      contexts.set(key, repositoryLintContext(repository, today, checker === undefined ? {} : { grammar: checker }));
    }
    const context = await (contexts.get(key) as Promise<LintContext>);
    const shownName = relative(io.cwd, file) || file;
    results.push({ file: shownName, ...(fix ? await fixFile(file, read, context, path) : lintFile(read, context, path)) });
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
