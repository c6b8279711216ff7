import { join } from 'node:path';
import { realpathSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PostingError } from '../file/posting-error.js';
import { CAREERS_CRUNCH, copySite, removeTempFolders, SAMPLE_SITE } from '../test-support/temp-site.js';
import { openRepository } from './repository.js';
import { readRepositorySettings } from './settings.js';
import { makeSite } from '../test-support/make-site.js';

afterEach(removeTempFolders);

const POSTING = '+++\ntitle = "Role"\n+++\n';

function failure(action: () => unknown): PostingError {
  try {
    action();
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('openRepository finds the site and its postings section', () => {
  it('opens the bundled sample site: careers section', () => {
    const repository = openRepository(SAMPLE_SITE);
    expect(repository).toMatchObject({ root: SAMPLE_SITE.replace(/\/$/, ''), section: 'careers', sectionDir: join(realpathSync(SAMPLE_SITE), 'content', 'careers') });
    expect(repository.site).toMatchObject({ files: ['hugo.toml'], title: 'Careers at Kestrel Row', contentDir: 'content', unsafeHtml: false });
  });

  it('opens careers-crunch: config.toml and the jobs section', () => {
    const root = copySite(CAREERS_CRUNCH);
    const repository = openRepository(root);
    expect(repository).toMatchObject({ section: 'jobs', sectionDir: join(realpathSync(root), 'content', 'jobs') });
    expect(repository.site).toMatchObject({ files: ['config.toml'], contentDir: 'content', unsafeHtml: true });
  });

  it('finds the site from a subfolder, like git finds its repository', () => {
    const root = copySite(SAMPLE_SITE);
    for (const start of ['content', 'content/careers', 'content/careers/technical-writer', 'layouts/_default']) {
      expect(openRepository(join(root, start)).root, start).toBe(root);
    }
  });

  it('prefers careers when both careers and jobs exist', () => {
    const root = makeSite({ 'hugo.toml': '', 'content/jobs/a.md': POSTING, 'content/careers/b.md': POSTING });
    expect(openRepository(root).section).toBe('careers');
  });

  it('uses the section named in .posting-desk.toml', () => {
    const root = makeSite({ 'hugo.toml': '', '.posting-desk.toml': 'section = "openings"\n', 'content/careers/a.md': POSTING, 'content/openings/b.md': POSTING });
    expect(openRepository(root)).toMatchObject({ section: 'openings', sectionDir: join(realpathSync(root), 'content', 'openings') });
  });

  it('lets an explicit section (the --section option) win over the settings file', () => {
    const root = makeSite({ 'hugo.toml': '', '.posting-desk.toml': 'section = "openings"\n', 'content/openings/b.md': POSTING });
    expect(openRepository(root, 'jobs').section).toBe('jobs');
  });

  it('allows a nested section inside the content folder', () => {
    const root = makeSite({ 'hugo.toml': '', 'content/about/careers/a.md': POSTING });
    expect(openRepository(root, 'about/careers').sectionDir).toBe(join(realpathSync(root), 'content', 'about', 'careers'));
  });

  it('follows contentDir from the site configuration', () => {
    const root = makeSite({ 'hugo.yaml': 'contentDir: src/pages\n', 'src/pages/careers/a.md': POSTING, 'content/jobs/b.md': POSTING });
    expect(openRepository(root)).toMatchObject({ section: 'careers', sectionDir: join(realpathSync(root), 'src', 'pages', 'careers') });
  });

  it('follows contentDir from config/_default', () => {
    const root = makeSite({ 'config/_default/hugo.toml': 'contentDir = "site-content"\n', 'site-content/jobs/a.md': POSTING });
    expect(openRepository(root)).toMatchObject({ section: 'jobs', site: { files: [join('config', '_default', 'hugo.toml')] } });
  });
});

describe('openRepository explains what is wrong', () => {
  it('a folder that is not inside a Hugo site', () => {
    const root = makeSite({ 'notes.md': '# notes\n' });
    const error = failure(() => openRepository(root));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/is not inside a Hugo site: no hugo\.toml, config\.toml/);
  });

  it('a folder that does not exist', () => {
    expect(failure(() => openRepository('/no/such/folder')).message).toContain('/no/such/folder does not exist');
  });

  it('a site without a careers or jobs section', () => {
    const error = failure(() => openRepository(makeSite({ 'hugo.toml': '', 'content/blog/a.md': POSTING })));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('No postings section found in content/ (looked for careers and jobs)');
    expect(error.message).toContain('.posting-desk.toml');
  });

  it.each(['..', '../..', '../../etc', '/etc', '', 'careers/../..'])('a section that is not a folder inside content/: %j', (section) => {
    const root = makeSite({ 'hugo.toml': '', 'content/careers/a.md': POSTING });
    const error = failure(() => openRepository(root, section));
    expect(error.code).toBe('outside-repository');
    expect(error.message).toContain(`“${section}” must be a folder inside content/`);
  });

  it('a contentDir that leaves the repository', () => {
    const root = makeSite({ 'hugo.toml': 'contentDir = "../elsewhere"\n' });
    expect(failure(() => openRepository(root)).code).toBe('outside-repository');
  });

  it('a broken site configuration, naming the file', () => {
    const error = failure(() => openRepository(makeSite({ 'config.toml': 'title = \n', 'content/careers/a.md': POSTING })));
    expect(error.message).toMatch(/config\.toml: .*not valid TOML.*\(line \d+, column \d+\)/);
  });
});

describe('.posting-desk.toml settings', () => {
  it('reads section, company, jurisdiction, words and rules', () => {
    const root = makeSite({
      '.posting-desk.toml': [
        '# Settings for our careers site',
        'section = "openings"',
        'company = "Kestrel Row"',
        'jurisdiction = "US-CO"',
        'words = ["Shelfwise", "Kestrel"]',
        '',
        '[rules]',
        'spelling = "off"',
        'pay-range = "error"',
        'gendered-words = true',
        '',
      ].join('\n'),
    });
    expect(readRepositorySettings(root)).toEqual({
      section: 'openings',
      company: 'Kestrel Row',
      jurisdiction: 'US-CO',
      words: ['Shelfwise', 'Kestrel'],
      rules: { spelling: { enabled: false }, 'pay-range': { enabled: true, severity: 'error' }, 'gendered-words': { enabled: true } },
    });
  });

  it('has empty defaults when there is no settings file', () => {
    expect(readRepositorySettings(makeSite({}))).toEqual({ words: [], rules: {} });
  });

  it.each([
    ['section = 3\n', '“section” must be text in quotes'],
    ['words = "Shelfwise"\n', '“words” must be a list of words in quotes'],
    ['[rules]\nspelling = "loud"\n', 'rules.spelling must be "off", "info", "warning" or "error"'],
    ['rules = 1\n', '[rules] must be a table'],
    ['section = \n', 'not valid TOML'],
  ])('explains a bad setting: %j', (text, message) => {
    const error = failure(() => readRepositorySettings(makeSite({ '.posting-desk.toml': text })));
    expect(error.message).toContain('.posting-desk.toml');
    expect(error.message).toContain(message);
  });
});
