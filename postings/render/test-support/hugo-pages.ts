import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hugoList, makeTempFolder, runHugo } from '../../test-support/temp-site.js';

const BASE_URL = 'http://example.org/';

/**
 * Builds a site copy once with a `{{ .Content }}` layout and gives each
 * page's published fragment by content path ("content/jobs/x.md"). Drafts,
 * future and expired pages are built too, so that every file is compared.
 */
export function hugoFragments(siteCopy: string): Map<string, string> {
  const layouts = join(siteCopy, 'layouts', '_default');
  mkdirSync(layouts, { recursive: true });
  for (const name of ['single.html', 'list.html']) writeFileSync(join(layouts, name), '{{ .Content }}');
  const out = makeTempFolder('posting-desk-hugo-out-');
  const flags = ['--buildDrafts', '--buildFuture', '--buildExpired'];
  runHugo(['--quiet', '--destination', out, '--disableKinds', 'taxonomy,term,RSS,sitemap,robotsTXT,404', ...flags], siteCopy);
  const fragments = new Map<string, string>();
  for (const page of hugoList('all', siteCopy).values()) {
    const path = page.permalink.replace(/^(?:[a-z]+:)?\/\/[^/]+\//, '');
    const file = join(out, path, path === '' || path.endsWith('/') ? 'index.html' : '');
    // Hugo writes no file for a page whose output is empty (a posting with no text).
    fragments.set(page.path, existsSync(file) ? readFileSync(file, 'utf8') : '');
  }
  return fragments;
}

/** A minimal hugo.toml for a folder of content that has no site config of its own: Hugo's defaults. */
export function writeDefaultConfig(siteCopy: string): void {
  writeFileSync(join(siteCopy, 'hugo.toml'), `baseURL = "${BASE_URL}"\n`);
}
