/**
 * What an export needs to know about the posting's site: its render
 * settings, the company name, the language, and the paper. Read from the
 * Hugo site the file belongs to; a file outside any site exports with
 * Hugo's defaults.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { PostingError } from '../file/posting-error.js';
import { defaultPaper, parsePaper, type ExportContext, type PaperSize } from '../export/index.js';
import { HUGO_DEFAULT_SETTINGS, renderSettingsFromSite } from '../render/index.js';
import { lookup, readConfigFile } from '../repo/config-file.js';
import { readRepositorySettings, SETTINGS_FILE, type RepositorySettings } from '../repo/settings.js';
import { findSiteConfigFiles, readSiteConfig, type SiteConfig } from '../repo/site-config.js';

export interface SiteExportSetup {
  /** Without the file's own part (contentPath): see contextForFile. */
  context: ExportContext;
  /** The content folder, absolute. */
  contentDir?: string;
  paper: PaperSize;
  /** The root of the site the file belongs to, when it belongs to one. */
  root?: string;
}

/** `[export] paper = "A4" | "Letter"` in .posting-desk.toml, when set. */
export function paperSetting(root: string): PaperSize | undefined {
  const file = join(root, SETTINGS_FILE);
  if (!existsSync(file)) return undefined;
  const value = lookup(readConfigFile(file), ['export', 'paper']);
  if (value === undefined) return undefined;
  const paper = typeof value === 'string' ? parsePaper(value) : undefined;
  if (!paper) throw new PostingError('invalid-front-matter', `${SETTINGS_FILE}: [export] paper must be "A4" or "Letter"`);
  return paper;
}

/** The setup of a site: its settings win, then its configuration, then the language's paper. */
export function exportSetupFor(root: string, site: SiteConfig = readSiteConfig(root, findSiteConfigFiles(root)), settings: RepositorySettings = readRepositorySettings(root)): SiteExportSetup {
  const company = settings.company ?? site.title;
  const languageCode = site.languageCode;
  const siteUrl = baseUrl(root, site);
  const context: ExportContext = {
    render: renderSettingsFromSite(site.markup),
    ...(company ? { company } : {}),
    ...(languageCode ? { languageCode } : {}),
    ...(siteUrl ? { siteUrl } : {}),
  };
  return { context, paper: paperSetting(root) ?? defaultPaper(languageCode), root, contentDir: join(root, site.contentDir) };
}

/** The site's baseURL, the last configuration file that sets it winning, as Hugo merges them. */
function baseUrl(root: string, site: SiteConfig): string | undefined {
  let found: string | undefined;
  for (const file of site.files) {
    const value = lookup(readConfigFile(join(root, file)), ['baseURL']);
    if (typeof value === 'string' && value.trim() !== '') found = value.trim();
  }
  return found;
}

/** The export context of one file of the site: with its place in the content folder, so its page's address is known. */
export function contextForFile(setup: SiteExportSetup, file: string): ExportContext {
  if (setup.contentDir === undefined) return setup.context;
  const contentPath = relative(setup.contentDir, file).split(sep).join('/');
  if (contentPath.startsWith('../') || contentPath === '..') return setup.context;
  return { ...setup.context, contentPath };
}

/** The setup of the site holding a file (the nearest folder above it with a site configuration); Hugo's defaults and A4 for a file in no site. */
export function exportSetupForFile(file: string): SiteExportSetup {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (findSiteConfigFiles(folder).length > 0) return exportSetupFor(folder);
    if (dirname(folder) === folder) return { context: { render: { ...HUGO_DEFAULT_SETTINGS } }, paper: 'A4' };
  }
}

/** The name an export of a posting takes: the file's name, or its page bundle's folder. */
export function exportBaseName(file: string): string {
  const name = basename(file).replace(/\.(?:md|markdown|mdown)$/i, '');
  return name.toLowerCase() === 'index' || name.toLowerCase() === '_index' ? basename(dirname(file)) : name;
}

/** A stable id for the JobPosting: the path inside the repository. */
export function postingIdentifier(root: string | undefined, file: string): string | undefined {
  if (root === undefined) return undefined;
  return relative(root, file).split(sep).join('/');
}
