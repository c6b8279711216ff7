import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lookup, readConfigFile, type PlainTable } from './config-file.js';

/** What Posting Desk needs from a Hugo site's configuration. */
export interface SiteConfig {
  /** The files the configuration was read from, relative to the root. */
  files: string[];
  title?: string;
  contentDir: string;
  /** markup.goldmark.renderer.unsafe: raw HTML is published. */
  unsafeHtml: boolean;
  languageCode?: string;
}

const NAMES = ['hugo', 'config'];
const EXTENSIONS = ['toml', 'yaml', 'yml', 'json'];

/** Hugo's lookup: hugo.* before config.* at the root, then the config/_default folder. */
export function findSiteConfigFiles(root: string): string[] {
  for (const name of NAMES) {
    for (const extension of EXTENSIONS) {
      if (existsSync(join(root, `${name}.${extension}`))) return [`${name}.${extension}`];
    }
  }
  const folder = join('config', '_default');
  const found: string[] = [];
  for (const name of NAMES) {
    for (const extension of EXTENSIONS) {
      const file = join(folder, `${name}.${extension}`);
      if (existsSync(join(root, file))) found.push(file);
    }
  }
  // Hugo also reads one file per top-level key there (markup.toml, params.toml, ...).
  for (const key of ['markup']) {
    for (const extension of EXTENSIONS) {
      const file = join(folder, `${key}.${extension}`);
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
    if (key) merged[key] = table;
    else Object.assign(merged, table);
  }
  const title = lookup(merged, ['title']);
  const contentDir = lookup(merged, ['contentDir']);
  const languageCode = lookup(merged, ['languageCode']);
  return {
    files,
    ...(typeof title === 'string' ? { title } : {}),
    contentDir: typeof contentDir === 'string' && contentDir.length > 0 ? contentDir : 'content',
    unsafeHtml: lookup(merged, ['markup', 'goldmark', 'renderer', 'unsafe']) === true,
    ...(typeof languageCode === 'string' ? { languageCode } : {}),
  };
}
