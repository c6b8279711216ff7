import { englishVariant, type EnglishVariant } from '../lint/spelling/variant.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePosting } from '../file/decode.js';
import { allRules } from '../lint/rules/index.js';
import { checkSettings } from '../lint/settings-check.js';
import type { Diagnostic, GrammarChecker, LintConfig, LintContext, RepositoryFacts } from '../lint/types.js';
import { loadSpeller } from './dictionaries.js';
import { listPostings } from './list-postings.js';
import type { Repository } from './repository.js';
import { SETTINGS_FILE } from './settings.js';

/** The settings and repository facts a lint runs with: everything but the dictionaries, and cheap to read. */
export type LintFacts = Pick<LintContext, 'config' | 'repository'>;

export function repositoryLintFacts(repository: Repository | undefined, today: string): LintFacts {
  const settings = repository?.settings;
  const config: LintConfig = {
    rules: settings?.rules ?? {},
    words: settings?.words ?? [],
    ...(settings?.company === undefined ? {} : { company: settings.company }),
    ...(settings?.jurisdiction === undefined ? {} : { jurisdiction: settings.jurisdiction }),
    unsafeHtml: repository?.site.unsafeHtml ?? false,
    today,
  };
  return repository ? { config, repository: repositoryFacts(repository) } : { config };
}

/**
 * Everything the rules need from the repository: settings, word list, the
 * other postings; and the grammar checker, when one was started for it
 * (harper takes seconds to build, so its caller starts it as early as it can).
 */
export function repositoryLintContext(repository: Repository | undefined, today: string, options: { grammar?: Promise<GrammarChecker> } = {}): Promise<LintContext> {
  return withDictionaries(repositoryLintFacts(repository, today), englishVariant(repository?.site.languageCode), options.grammar);
}

/** A lint's settings and facts with its dictionaries loaded, and the grammar checker when there is one. */
export async function withDictionaries(facts: LintFacts, variant: EnglishVariant, grammarChecker?: Promise<GrammarChecker>): Promise<LintContext> {
  const [speller, grammar] = await Promise.all([loadSpeller(facts.config.words, variant), grammarChecker]);
  return grammar === undefined ? { ...facts, speller } : { ...facts, speller, grammar };
}

function repositoryFacts(repository: Repository): RepositoryFacts {
  return {
    postings: listPostings(repository).map((posting) => ({
      path: posting.path,
      ...(posting.title === undefined ? {} : { title: posting.title }),
      ...(typeof posting.weight === 'number' && Number.isInteger(posting.weight) ? { weight: BigInt(posting.weight) } : {}),
      ...(posting.draft === undefined ? {} : { draft: posting.draft }),
    })),
  };
}

/**
 * Warnings about the repository's .posting-desk.toml: unknown keys, rule ids
 * and jurisdictions, each with the one probably meant. Empty when there is no
 * such file. Its syntax errors are the settings reader's (openRepository refuses them).
 */
export function settingsWarnings(root: string): Diagnostic[] {
  const file = join(root, SETTINGS_FILE);
  if (!existsSync(file)) return [];
  return checkSettings(decodePosting(readFileSync(file)), allRules.map((rule) => rule.meta.id)).map((problem) => ({
    ruleId: 'settings',
    severity: 'warning',
    message: problem.message,
    line: problem.line,
    column: problem.column,
    endLine: problem.line,
    endColumn: problem.column,
  }));
}
