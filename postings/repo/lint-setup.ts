import { englishVariant } from '../lint/spelling/variant.js';
import type { LintConfig, LintContext, RepositoryFacts } from '../lint/types.js';
import { loadSpeller } from './dictionaries.js';
import { listPostings } from './list-postings.js';
import type { Repository } from './repository.js';

/** Everything the rules need from the repository: settings, word list, the other postings. */
export async function repositoryLintContext(repository: Repository | undefined, today: string): Promise<LintContext> {
  const settings = repository?.settings;
  const config: LintConfig = {
    rules: settings?.rules ?? {},
    words: settings?.words ?? [],
    ...(settings?.company === undefined ? {} : { company: settings.company }),
    ...(settings?.jurisdiction === undefined ? {} : { jurisdiction: settings.jurisdiction }),
    unsafeHtml: repository?.site.unsafeHtml ?? false,
    today,
  };
  const speller = await loadSpeller(config.words, englishVariant(repository?.site.languageCode));
  return repository ? { config, speller, repository: repositoryFacts(repository) } : { config, speller };
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
