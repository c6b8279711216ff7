import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlainValue } from '../toml/value.js';
import { lookup, readConfigFile, type PlainTable } from './config-file.js';

/** What Posting Desk needs from a Hugo site's configuration. */
export interface SiteConfig {
  /** The files the configuration was read from, relative to the root. */
  files: string[];
  title?: string;
  contentDir: string;
  /** markup.goldmark.renderer.unsafe: raw HTML is published. */
  unsafeHtml: boolean;
  /** The site's whole `markup` table (goldmark, highlight, ...), JSON-safe, for render's renderSettingsFromSite. */
  markup: PlainTable;
  languageCode?: string;
}

const NAMES = ['hugo', 'config'];
const EXTENSIONS = ['toml', 'yaml', 'yml', 'json'];

/**
 * Hugo's lookup: the first of hugo.* then config.* at the root (TOML, then
 * YAML, then JSON), then the config/_default folder, whose settings Hugo
 * merges over the root file's.
 */
export function findSiteConfigFiles(root: string): string[] {
  const found: string[] = [];
  const rootFile = NAMES.flatMap((name) => EXTENSIONS.map((extension) => `${name}.${extension}`)).find((file) => existsSync(join(root, file)));
  if (rootFile) found.push(rootFile);
  // Hugo also reads one file per top-level key there (markup.toml, params.toml, ...).
  for (const name of [...NAMES, 'markup']) {
    for (const extension of EXTENSIONS) {
      const file = join('config', '_default', `${name}.${extension}`);
      if (existsSync(join(root, file))) found.push(file);
    }
  }
  return found;
}

export function readSiteConfig(root: string, files: string[]): SiteConfig {
  const merged: PlainTable = {};
  for (const file of files) {
    const table = readConfigFile(join(root, file));
    const key = /(?:^|[\\/])markup\.\w+$/.test(file) ? 'markup' : undefined;
    mergeSettings(merged, key ? { [key]: table } : table);
  }
  const title = lookup(merged, ['title']);
  const contentDir = lookup(merged, ['contentDir']);
  const languageCode = lookup(merged, ['languageCode']);
  return {
    files,
    ...(typeof title === 'string' ? { title } : {}),
    contentDir: typeof contentDir === 'string' && contentDir.length > 0 ? contentDir : 'content',
    unsafeHtml: lookup(merged, ['markup', 'goldmark', 'renderer', 'unsafe']) === true,
    markup: asTable(lookup(merged, ['markup'])),
    ...(typeof languageCode === 'string' ? { languageCode } : {}),
  };
}

/** Merges source into target as Hugo does: later files win, tables merge key by key, key case ignored. */
function mergeSettings(target: PlainTable, source: PlainTable): void {
  for (const [key, value] of Object.entries(source)) {
    const existingKey = Object.keys(target).find((name) => name.toLowerCase() === key.toLowerCase());
    const existing = existingKey === undefined ? undefined : target[existingKey];
    if (existingKey !== undefined && existingKey !== key) delete target[existingKey];
    if (isTable(existing) && isTable(value)) {
      mergeSettings(existing, value);
      target[key] = existing;
    } else {
      target[key] = value;
    }
  }
}

function asTable(value: PlainValue | undefined): PlainTable {
  return isTable(value) ? value : {};
}

function isTable(value: PlainValue | undefined): value is PlainTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
