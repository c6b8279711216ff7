import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { makeTempFolder } from '../../test-support/temp-site.js';

/** A Hugo site in a temp folder with one page per sample (content/samples/<name>.md) and the given config. */
export function writeSampleSite(samples: Readonly<Record<string, string>>, config: string): string {
  const site = makeTempFolder('posting-desk-samples-');
  writeFileSync(join(site, 'hugo.toml'), `baseURL = "http://example.org/"\n${config}`);
  const folder = join(site, 'content', 'samples');
  mkdirSync(folder, { recursive: true });
  for (const [name, body] of Object.entries(samples)) writeFileSync(join(folder, `${name}.md`), `+++\ntitle = "${name}"\n+++\n${body}`);
  return site;
}

const FRONT_MATTER = /^\uFEFF?\s*(?:\+\+\+|---|\{)/;
export const HAS_SHORTCODE = /\{\{[<%]/;

/**
 * A Hugo site (Hugo's defaults) in a temp folder holding a folder's Markdown
 * files that have front matter and no shortcode (Hugo stops at a shortcode
 * it has no template for), under content/pages/. Gives the site and how many
 * files it holds.
 */
export function siteOfMarkdownFiles(folder: string): { site: string; files: number } {
  const site = makeTempFolder('posting-desk-corpus-');
  writeFileSync(join(site, 'hugo.toml'), 'baseURL = "http://example.org/"\n');
  const walk = (current: string): string[] =>
    readdirSync(current, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(current, entry.name)) : entry.name.endsWith('.md') ? [join(current, entry.name)] : []));
  let files = 0;
  for (const file of walk(folder)) {
    const text = readFileSync(file, 'utf8');
    if (HAS_SHORTCODE.test(text) || !FRONT_MATTER.test(text)) continue;
    const target = join(site, 'content', 'pages', relative(folder, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
    files += 1;
  }
  return { site, files };
}
