import { basename } from 'node:path';
import { allRules } from '../lint/rules/index.js';
import { englishVariant } from '../lint/spelling/variant.js';
import { renderSettingsFromSite } from '../render/index.js';
import { findPostingFiles } from '../repo/list-postings.js';
import type { Repository } from '../repo/repository.js';
import { SETTINGS_FILE } from '../repo/settings.js';
import type { RepositoryInfo } from './api.js';
import { repositoryRelative } from './posting-file.js';

export function repositoryInfo(repository: Repository): RepositoryInfo {
  const { site, settings } = repository;
  return {
    name: site.title ?? basename(repository.root),
    root: repository.root,
    contentDir: site.contentDir,
    section: repository.section,
    configFiles: site.files,
    ...(site.languageCode === undefined ? {} : { languageCode: site.languageCode }),
    englishVariant: englishVariant(site.languageCode),
    settings: {
      ...(settings.section === undefined ? {} : { section: settings.section }),
      ...(settings.company === undefined ? {} : { company: settings.company }),
      ...(settings.jurisdiction === undefined ? {} : { jurisdiction: settings.jurisdiction }),
      words: settings.words,
      rules: settings.rules,
    },
    render: renderSettingsFromSite(site.markup),
    warnings: configWarnings(repository),
  };
}

const RULE_IDS = new Set(allRules.map((rule) => rule.meta.id));

/** What in the configuration will not work as its author meant, though the repository opens. */
function configWarnings(repository: Repository): string[] {
  const warnings: string[] = [];
  for (const id of Object.keys(repository.settings.rules)) {
    if (!RULE_IDS.has(id)) warnings.push(`${SETTINGS_FILE} names a warning “${id}” that Posting Desk does not have; that setting does nothing`);
  }
  const language = repository.site.languageCode;
  if (language !== undefined && !/^en(?:[-_]|$)/i.test(language)) {
    warnings.push(`The site's language is “${language}”, but spelling and wording checks are for English only`);
  }
  if (findPostingFiles(repository.sectionDir).length === 0) {
    warnings.push(`${repositoryRelative(repository.root, repository.sectionDir)}/ has no postings yet`);
  }
  return warnings;
}
