import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostingError } from '../file/posting-error.js';
import { hugoAvailable, removeTempFolders } from '../test-support/temp-site.js';
import { findSiteConfigFiles, readSiteConfig } from './site-config.js';
import { makeSite } from '../test-support/make-site.js';

afterEach(removeTempFolders);

function siteConfig(root: string): ReturnType<typeof readSiteConfig> {
  return readSiteConfig(root, findSiteConfigFiles(root));
}

/** Each layout Hugo accepts, with the file Hugo reads and the contentDir it ends up with. */
const LAYOUTS: { name: string; files: Record<string, string>; found: string[]; title: string; contentDir: string }[] = [
  { name: 'hugo.toml', files: { 'hugo.toml': 'title = "T"\ncontentDir = "src"\n' }, found: ['hugo.toml'], title: 'T', contentDir: 'src' },
  { name: 'config.toml', files: { 'config.toml': 'title = "T"\n' }, found: ['config.toml'], title: 'T', contentDir: 'content' },
  { name: 'hugo.yaml', files: { 'hugo.yaml': 'title: T\ncontentDir: docs\n' }, found: ['hugo.yaml'], title: 'T', contentDir: 'docs' },
  { name: 'config.yml', files: { 'config.yml': 'title: T\ncontentDir: "pages"\n' }, found: ['config.yml'], title: 'T', contentDir: 'pages' },
  { name: 'hugo.json', files: { 'hugo.json': '{\n\t"title": "T",\n\t"contentDir": "json-content"\n}\n' }, found: ['hugo.json'], title: 'T', contentDir: 'json-content' },
  { name: 'config.json', files: { 'config.json': '{"title": "T"}' }, found: ['config.json'], title: 'T', contentDir: 'content' },
  {
    name: 'hugo.* wins over config.*, whatever the format',
    files: { 'config.toml': 'title = "old"\ncontentDir = "old"\n', 'hugo.yaml': 'title: new\ncontentDir: new\n' },
    found: ['hugo.yaml'],
    title: 'new',
    contentDir: 'new',
  },
  {
    name: 'TOML wins over YAML and JSON of the same name',
    files: { 'config.yaml': 'title: yaml\n', 'config.toml': 'title = "toml"\n', 'config.json': '{"title": "json"}' },
    found: ['config.toml'],
    title: 'toml',
    contentDir: 'content',
  },
  {
    name: 'config/_default only',
    files: { 'config/_default/hugo.toml': 'title = "T"\ncontentDir = "from-dir"\n' },
    found: ['config/_default/hugo.toml'],
    title: 'T',
    contentDir: 'from-dir',
  },
  {
    name: 'config/_default merged over the root file',
    files: { 'hugo.toml': 'title = "root"\nbaseURL = "/"\n', 'config/_default/hugo.toml': 'title = "dir"\ncontentDir = "from-dir"\n' },
    found: ['hugo.toml', 'config/_default/hugo.toml'],
    title: 'dir',
    contentDir: 'from-dir',
  },
  {
    name: 'keys in any case (Hugo ignores case)',
    files: { 'hugo.toml': 'Title = "T"\ncontentdir = "lower"\n' },
    found: ['hugo.toml'],
    title: 'T',
    contentDir: 'lower',
  },
];

describe('site configuration discovery', () => {
  for (const layout of LAYOUTS) {
    it(`finds and reads ${layout.name}`, () => {
      const root = makeSite(layout.files);
      expect(findSiteConfigFiles(root)).toEqual(layout.found.map((file) => join(...file.split('/'))));
      expect(siteConfig(root)).toMatchObject({ title: layout.title, contentDir: layout.contentDir });
    });
  }

  it('finds nothing in a folder that is not a Hugo site', () => {
    expect(findSiteConfigFiles(makeSite({ 'README.md': '# hi\n' }))).toEqual([]);
  });

  it('reads raw-HTML publishing from markup, in the root file or in config/_default/markup.*', () => {
    expect(siteConfig(makeSite({ 'hugo.toml': '[markup.goldmark.renderer]\nunsafe = true\n' })).unsafeHtml).toBe(true);
    expect(siteConfig(makeSite({ 'hugo.toml': 'title = "T"\n' })).unsafeHtml).toBe(false);
    expect(siteConfig(makeSite({ 'config/_default/hugo.toml': 'title = "T"\n', 'config/_default/markup.yaml': 'goldmark:\n  renderer:\n    unsafe: true\n' })).unsafeHtml).toBe(true);
    // A markup file for another part of the settings does not undo the root's renderer setting.
    const merged = makeSite({
      'hugo.toml': '[markup.goldmark.renderer]\nunsafe = true\n',
      'config/_default/markup.toml': '[highlight]\nstyle = "monokai"\n',
    });
    expect(siteConfig(merged).unsafeHtml).toBe(true);
  });

  it('names the file when a configuration cannot be read', () => {
    const root = makeSite({ 'hugo.toml': 'title = "unclosed\n' });
    expect(() => siteConfig(root)).toThrow(PostingError);
    expect(() => siteConfig(root)).toThrow(/hugo\.toml: .*line 1/);
  });
});

const HUGO = hugoAvailable();

describe.skipIf(!HUGO)(HUGO ? 'agrees with Hugo itself' : 'agrees with Hugo itself (SKIPPED: `hugo` is not on PATH)', () => {
  /** `hugo config` prints the merged settings, one per line, in the root file's format. */
  function hugoSetting(root: string, key: string): string | undefined {
    const result = spawnSync('hugo', ['config'], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const match = new RegExp(`^${key}\\s*[=:]\\s*"?([^"\\n]*)"?$`, 'm').exec(result.stdout);
    return match?.[1];
  }

  for (const layout of LAYOUTS) {
    it(`reads the same title and contentDir as hugo config: ${layout.name}`, () => {
      const root = makeSite(layout.files);
      const ours = siteConfig(root);
      expect(ours.title).toBe(hugoSetting(root, 'title'));
      // hugo config leaves out settings at their default.
      expect(ours.contentDir).toBe(hugoSetting(root, 'contentdir') ?? 'content');
    });
  }
});
