import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LintContext } from '../lint/types.js';
import { fileStamp } from '../repo/file-stamp.js';
import { englishVariant } from '../lint/spelling/variant.js';
import { repositoryLintFacts, withDictionaries, type LintFacts } from '../repo/lint-setup.js';
import { findPostingFiles } from '../repo/list-postings.js';
import { openRepository, type Repository } from '../repo/repository.js';
import { SETTINGS_FILE } from '../repo/settings.js';

/**
 * The repository and its lint context, read again only when a file they come
 * from changed: the configuration files (by size and modification time) for
 * the repository, and every posting's stamp too for the lint context (its
 * facts are the other postings' titles and weights). Checking stamps costs a
 * few stat calls where reading costs a parse of every front matter.
 */
export class RepositoryCache {
  private repository: { stamp: string; value: Repository } | undefined;
  private lint: { facts: LintFacts; value: Promise<LintContext> } | undefined;
  private facts: { stamp: string; value: LintFacts } | undefined;

  constructor(private readonly root: () => string) {}

  open(): Repository {
    const site = this.repository?.value.root ?? this.root();
    const stamp = configStamp(site);
    if (this.repository?.stamp !== stamp) this.repository = { stamp, value: openRepository(this.root()) };
    return this.repository.value;
  }

  /** The lint's settings and facts without its dictionaries (which take most of a second to load). */
  lintFacts(today: string): LintFacts {
    const repository = this.open();
    const stamp = `${this.repository?.stamp ?? ''}\n${today}\n${postingsStamp(repository)}`;
    if (this.facts?.stamp !== stamp) this.facts = { stamp, value: repositoryLintFacts(repository, today) };
    return this.facts.value;
  }

  /** The lint's facts with its dictionaries: made again only when the facts are. */
  lintContext(today: string): Promise<LintContext> {
    const facts = this.lintFacts(today);
    if (this.lint?.facts !== facts) {
      const value = withDictionaries(facts, englishVariant(this.open().site.languageCode));
      this.lint = { facts, value };
      // A failure is not kept: the next call tries again.
      value.catch(() => {
        if (this.lint?.value === value) this.lint = undefined;
      });
    }
    return this.lint.value;
  }
}

/** Every file a Hugo configuration can come from, with the settings file. */
function configStamp(root: string): string {
  const names = ['hugo', 'config'].flatMap((name) => ['toml', 'yaml', 'yml', 'json'].map((extension) => `${name}.${extension}`));
  let folder: string[] = [];
  try {
    folder = readdirSync(join(root, 'config', '_default')).sort();
  } catch {
    // No config folder.
  }
  return [...names, SETTINGS_FILE].map((name) => fileStamp(join(root, name))).concat(folder.map((name) => `${name}=${fileStamp(join(root, 'config', '_default', name))}`)).join('|');
}

function postingsStamp(repository: Repository): string {
  return findPostingFiles(repository.sectionDir).map((file) => `${file}=${fileStamp(file)}`).join('|');
}
