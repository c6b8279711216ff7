import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, hugoAvailable, removeTempFolders } from '../test-support/temp-site.js';
import { compareWithHugo, type FileParity } from './test-support/parity.js';
import { siteOfMarkdownFiles } from './test-support/sample-site.js';

const CAREERS_CRUNCH = join(CORPUS, 'careers-crunch');
const RUST_BLOG = join(CORPUS, 'toml-frontmatter', 'blog.rust-lang.org');
const REAL_POSTINGS = join(CORPUS, 'real-postings');
const HAS_SHORTCODE = /\{\{[<%]/;
const hugo = hugoAvailable();

afterAll(removeTempFolders);

// About 15 s of CPU in all; the wall time on a busy shared machine can be many times that.
const HUGO_TEST_TIMEOUT = 300_000;

function failures(files: readonly FileParity[]): string {
  return files
    .filter((file) => !file.equal)
    .map((file) => `${file.file}\n${file.difference ?? ''}`)
    .join('\n\n');
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
}

// One Hugo build per corpus (all pages at once), then one comparison per file.
describe.skipIf(!hugo)('the fragment is what the real Hugo publishes (Hugo not installed: apt-get install hugo)', () => {
  it('for every careers-crunch posting, with the site’s own config (raw HTML allowed): all of them', () => {
    const { settings, files } = compareWithHugo(CAREERS_CRUNCH, { select: (file) => file.startsWith('content/jobs/') && !file.endsWith('/_index.md') });
    expect(settings.unsafe).toBe(true);
    const postings = readdirSync(join(CAREERS_CRUNCH, 'content', 'jobs')).filter((name) => name.endsWith('.md') && name !== '_index.md');
    expect(files.map((file) => file.file).sort()).toEqual(postings.map((name) => `content/jobs/${name}`).sort());
    // The raw HTML "Apply" buttons carry onclick handlers: the sanitizer must have had work to do.
    expect(files.some((file) => file.sanitizerTouched)).toBe(true);
    expect(failures(files)).toBe('');
  }, HUGO_TEST_TIMEOUT);

  it('for every blog.rust-lang.org file without shortcodes, with Hugo’s defaults: at least 97%', () => {
    const { settings, files } = compareWithHugo(RUST_BLOG, { defaultConfig: true, select: (_file, text) => !HAS_SHORTCODE.test(text) });
    expect(settings.unsafe).toBe(false);
    const eligible = markdownFiles(join(RUST_BLOG, 'content')).filter((name) => !HAS_SHORTCODE.test(readFileSync(join(RUST_BLOG, 'content', name), 'utf8')));
    // Hugo publishes every file but a section's missing index; each one published is compared.
    expect(files.length).toBeGreaterThanOrEqual(eligible.length - 5);
    const equal = files.filter((file) => file.equal).length;
    const share = equal / files.length;
    expect(share, `${equal}/${files.length} equal; differing files:\n${failures(files)}`).toBeGreaterThanOrEqual(0.97);
  }, HUGO_TEST_TIMEOUT);

  it('for every real posting of other organisations, with Hugo’s defaults: all of them', () => {
    const { site, files: copied } = siteOfMarkdownFiles(REAL_POSTINGS);
    const { files } = compareWithHugo(site, { select: () => true });
    expect(copied).toBeGreaterThan(40);
    expect(files).toHaveLength(copied);
    expect(failures(files)).toBe('');
  }, HUGO_TEST_TIMEOUT);
});
