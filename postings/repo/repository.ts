import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PostingError } from '../file/posting-error.js';
import { isInside, resolveInRepository } from './path-guard.js';
import { readRepositorySettings, type RepositorySettings } from './settings.js';
import { findSiteConfigFiles, readSiteConfig, type SiteConfig } from './site-config.js';

/** An opened careers repository: where its postings live and how it is set up. */
export interface Repository {
  root: string;
  site: SiteConfig;
  settings: RepositorySettings;
  /** The section holding postings, e.g. "careers". */
  section: string;
  /** Absolute path of content/<section>. */
  sectionDir: string;
}

const DEFAULT_SECTIONS = ['careers', 'jobs'];

/**
 * Opens the Hugo site at start or, like git, the nearest folder above it
 * that has a site configuration.
 */
export function openRepository(start: string, sectionOverride?: string): Repository {
  const root = findSiteRoot(resolve(start));
  const site = readSiteConfig(root, findSiteConfigFiles(root));
  const settings = readRepositorySettings(root);
  const contentDir = resolveInRepository(root, site.contentDir);
  const section = sectionOverride ?? settings.section ?? DEFAULT_SECTIONS.find((name) => isFolder(join(contentDir, name)));
  if (section === undefined) {
    throw new PostingError(
      'not-found',
      `No postings section found in ${site.contentDir}/ (looked for ${DEFAULT_SECTIONS.join(' and ')}); name it with section = "..." in .posting-desk.toml`,
    );
  }
  const sectionDir = resolveSection(root, site.contentDir, contentDir, section);
  return { root, site, settings, section, sectionDir };
}

/**
 * The section folder, which must lie inside the content folder: `--section ..`
 * would otherwise put postings at the repository root, and `../..` outside it.
 */
function resolveSection(root: string, contentDirName: string, contentDir: string, section: string): string {
  const problem = (): PostingError =>
    new PostingError('outside-repository', `The postings section “${section}” must be a folder inside ${contentDirName}/, such as careers or jobs`);
  if (section.trim() === '' || isAbsolute(section)) throw problem();
  let sectionDir: string;
  try {
    sectionDir = resolveInRepository(root, join(contentDirName, section));
  } catch (error) {
    if (error instanceof PostingError && error.code === 'outside-repository') throw problem();
    throw error;
  }
  if (sectionDir === contentDir || !isInside(contentDir, sectionDir)) throw problem();
  return sectionDir;
}

function findSiteRoot(start: string): string {
  if (!existsSync(start)) throw new PostingError('not-found', `${start} does not exist`);
  for (let folder = start; ; folder = dirname(folder)) {
    if (findSiteConfigFiles(folder).length > 0) return folder;
    if (dirname(folder) === folder) break;
  }
  throw new PostingError('not-found', `${start} is not inside a Hugo site: no hugo.toml, config.toml (or YAML/JSON) or config/_default/ found`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
