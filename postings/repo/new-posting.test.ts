import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_ARCHETYPE } from '../archetype/builtin-archetype.js';
import type { ZonedTime } from '../archetype/go-time-format.js';
import { PostingError } from '../file/posting-error.js';
import { readPostingText } from '../posting/posting.js';
import { changedPaths, CAREERS_CRUNCH, copySite, hugoAvailable, removeTempFolders, SAMPLE_SITE, snapshotFolder } from '../test-support/temp-site.js';
import { toPlain } from '../toml/value.js';
import { createPosting, findArchetype } from './new-posting.js';
import { openRepository } from './repository.js';
import { makeSite } from '../test-support/make-site.js';

afterEach(removeTempFolders);

const NOW: ZonedTime = { epoch: Date.parse('2026-05-04T09:15:00+02:00'), offsetMinutes: 120 };

function details(file: string): Record<string, unknown> {
  const root = readPostingText(readFileSync(file, 'utf8')).frontMatter?.root;
  if (!root) throw new Error(`${file} has no front matter`);
  return toPlain(root) as Record<string, unknown>;
}

async function failure(promise: Promise<unknown>): Promise<PostingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('createPosting uses the site’s archetype in Hugo’s lookup order', () => {
  it('careers-crunch: archetypes/default.md (there is no jobs.md), filled like Hugo fills it', async () => {
    const root = copySite(CAREERS_CRUNCH);
    const created = await createPosting(openRepository(root), { title: 'Senior Data Engineer', now: NOW });
    expect(created).toEqual({ file: join(root, 'content', 'jobs', 'senior-data-engineer.md'), path: 'content/jobs/senior-data-engineer.md', archetype: 'archetypes/default.md' });
    expect(readFileSync(created.file, 'utf8')).toBe('+++\ndate = "2026-05-04T09:15:00+02:00"\ndraft = true\ntitle = "Senior Data Engineer"\n+++\n');
  });

  it('sample site: archetypes/careers.md before archetypes/default.md', async () => {
    const root = copySite(SAMPLE_SITE);
    const repository = openRepository(root);
    expect(findArchetype(repository).archetype).toBe('archetypes/careers.md');
    const created = await createPosting(repository, { title: 'Bookseller Success Lead', now: NOW });
    expect(created.archetype).toBe('archetypes/careers.md');
    const text = readFileSync(created.file, 'utf8');
    expect(text).toBe(
      readFileSync(join(SAMPLE_SITE, 'archetypes', 'careers.md'), 'utf8')
        .replace('{{ replace .File.ContentBaseName "-" " " | title }}', 'Bookseller Success Lead')
        .replace('{{ .Date }}', '2026-05-04T09:15:00+02:00'),
    );
    expect(details(created.file)).toMatchObject({ title: 'Bookseller Success Lead', date: '2026-05-04T09:15:00+02:00', draft: true, params: { remote: 'hybrid' } });
  });

  it('falls back to archetypes/default.md when the section has none', async () => {
    const root = copySite(SAMPLE_SITE);
    rmSync(join(root, 'archetypes', 'careers.md'));
    const created = await createPosting(openRepository(root), { title: 'Store Associate', now: NOW });
    expect(created.archetype).toBe('archetypes/default.md');
    expect(readFileSync(created.file, 'utf8')).toBe("+++\ntitle = 'Store Associate'\ndate = '2026-05-04T09:15:00+02:00'\ndraft = true\n+++\n");
  });

  it('uses the built-in template when the site has no archetype', async () => {
    const root = makeSite({ 'hugo.toml': '', 'content/careers/_index.md': '+++\ntitle = "Careers"\n+++\n' });
    const created = await createPosting(openRepository(root), { title: 'Warehouse Lead', now: NOW });
    expect(created.archetype).toBe('built-in');
    const text = readFileSync(created.file, 'utf8');
    expect(details(created.file)).toEqual({ title: 'Warehouse Lead', date: '2026-05-04T09:15:00+02:00', draft: true });
    expect(text.slice(text.indexOf('+++', 3))).toBe(BUILTIN_ARCHETYPE.slice(BUILTIN_ARCHETYPE.indexOf('+++', 3)));
  });

  it('gives the template functions archetypes use what Hugo gives them, for a file and for a bundle', async () => {
    const template = [
      '+++',
      'title = "{{ replace .Name "-" " " | title }}"',
      'date = {{ .Date }}',
      'name = "{{ .Name }}"',
      'translation_base_name = "{{ .TranslationBaseName }}"',
      'content_base_name = "{{ .File.ContentBaseName }}"',
      'file_translation_base_name = "{{ .File.TranslationBaseName }}"',
      'base_file_name = "{{ .File.BaseFileName }}"',
      'dir = "{{ .File.Dir }}"',
      'section = "{{ .Section }}"',
      'type = "{{ .Type }}"',
      'year = "{{ now.Format "2006" }}"',
      'day = "{{ now.Format "Monday 2 January" }}"',
      '+++',
      '',
    ].join('\n');
    const root = makeSite({ 'hugo.toml': '', 'archetypes/careers.md': template, 'content/careers/_index.md': '+++\n+++\n' });
    const file = await createPosting(openRepository(root), { title: 'Senior Dev Ops', now: NOW });
    const bundle = await createPosting(openRepository(root), { title: 'Bundle One', now: NOW, bundle: true });
    // Recorded from `hugo new careers/senior-dev-ops.md` and `hugo new careers/bundle-one/index.md` (Hugo 0.111.3).
    expect(details(file.file)).toEqual({
      title: 'Senior Dev Ops',
      date: '2026-05-04T09:15:00+02:00',
      name: 'senior-dev-ops',
      translation_base_name: 'senior-dev-ops',
      content_base_name: 'senior-dev-ops',
      file_translation_base_name: 'senior-dev-ops',
      base_file_name: 'senior-dev-ops',
      dir: 'careers/',
      section: 'careers',
      type: 'careers',
      year: '2026',
      day: 'Monday 4 May',
    });
    expect(details(bundle.file)).toMatchObject({
      title: 'Bundle One',
      name: 'bundle-one',
      translation_base_name: 'index',
      content_base_name: 'bundle-one',
      file_translation_base_name: 'index',
      base_file_name: 'index',
      dir: 'careers/bundle-one/',
    });
  });

  it('writes the title the user typed, quotes and all, even when the archetype makes one from the file name', async () => {
    const root = copySite(CAREERS_CRUNCH);
    const title = 'Senior "Data" Engineer — Zürich \\ Remote 🚀';
    const created = await createPosting(openRepository(root), { title, now: NOW });
    expect(created.path).toBe('content/jobs/senior-data-engineer-zurich-remote.md');
    expect(details(created.file).title).toBe(title);
  });

  it('puts the title into a YAML archetype too, as a double-quoted string', async () => {
    const root = makeSite({
      'hugo.toml': '',
      'archetypes/default.md': '---\ntitle: {{ replace .Name "-" " " | title }}\ndate: {{ .Date }}\ndraft: true\n---\n\nText.\n',
      'content/careers/_index.md': '---\ntitle: Careers\n---\n',
    });
    const created = await createPosting(openRepository(root), { title: 'Lead: "Stores" & Cafés', now: NOW });
    expect(readFileSync(created.file, 'utf8')).toBe('---\ntitle: "Lead: \\"Stores\\" & Cafés"\ndate: 2026-05-04T09:15:00+02:00\ndraft: true\n---\n\nText.\n');
    expect(details(created.file).title).toBe('Lead: "Stores" & Cafés');
  });
});

describe('createPosting file names', () => {
  it('are slugs of the title', async () => {
    const root = copySite(SAMPLE_SITE);
    const repository = openRepository(root);
    const paths: string[] = [];
    for (const title of ['Senior Engineer (Remote) — Zürich', 'Sales & Marketing Lead', '  Ünïcödé   Tïtle  ', '!!!']) {
      paths.push((await createPosting(repository, { title, now: NOW })).path);
    }
    expect(paths).toEqual([
      'content/careers/senior-engineer-remote-zurich.md',
      'content/careers/sales-and-marketing-lead.md',
      'content/careers/unicode-title.md',
      'content/careers/posting.md',
    ]);
  });

  it('never overwrite: a taken name gets -2, -3, and a bundle folder or a file of the same slug counts as taken', async () => {
    const root = copySite(SAMPLE_SITE);
    const repository = openRepository(root);
    const original = readFileSync(join(root, 'content', 'careers', 'data-analyst.md'));
    const first = await createPosting(repository, { title: 'Data Analyst', now: NOW });
    const second = await createPosting(repository, { title: 'Data Analyst', now: NOW, bundle: true });
    const third = await createPosting(repository, { title: 'Technical Writer', now: NOW });
    const fourth = await createPosting(repository, { title: 'data analyst', now: NOW });
    expect([first.path, second.path, third.path, fourth.path]).toEqual([
      'content/careers/data-analyst-2.md',
      'content/careers/data-analyst-3/index.md',
      'content/careers/technical-writer-2.md',
      'content/careers/data-analyst-4.md',
    ]);
    expect(readFileSync(join(root, 'content', 'careers', 'data-analyst.md'))).toEqual(original);
  });

  it('never writes over a name taken after its check (here a symbolic link to nowhere, which the check cannot see), and leaves no temporary file', async () => {
    const root = copySite(SAMPLE_SITE);
    const section = join(root, 'content', 'careers');
    symlinkSync(join(root, 'elsewhere.md'), join(section, 'events-coordinator.md'));
    const created = await createPosting(openRepository(root), { title: 'Events Coordinator', now: NOW });
    expect(created.path).toBe('content/careers/events-coordinator-2.md');
    expect(details(created.file).title).toBe('Events Coordinator');
    expect(readlinkSync(join(section, 'events-coordinator.md'))).toBe(join(root, 'elsewhere.md'));
    expect(existsSync(join(root, 'elsewhere.md'))).toBe(false);
    expect(readdirSync(section).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('page bundles: slug/index.md', async () => {
    const root = copySite(SAMPLE_SITE);
    const created = await createPosting(openRepository(root), { title: 'Events Coordinator', now: NOW, bundle: true });
    expect(created.path).toBe('content/careers/events-coordinator/index.md');
    expect(details(created.file).title).toBe('Events Coordinator');
  });

  it('creates the section folder when it does not exist yet', async () => {
    const root = makeSite({ 'hugo.toml': '', '.posting-desk.toml': 'section = "openings"\n' });
    const created = await createPosting(openRepository(root), { title: 'First Opening', now: NOW });
    expect(created.path).toBe('content/openings/first-opening.md');
  });
});

describe('createPosting refuses, creating nothing', () => {
  it('an empty title', async () => {
    const root = copySite(SAMPLE_SITE);
    const before = snapshotFolder(root);
    const error = await failure(createPosting(openRepository(root), { title: '   ', now: NOW }));
    expect(error.message).toContain('needs a title');
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });

  it.each([
    ['a template feature it cannot fill in', '+++\ntitle = "{{ if .Draft }}x{{ end }}"\n+++\n', /archetypes\/careers\.md: .*cannot fill in/],
    ['an unknown function', '+++\ntitle = "{{ .Name | shout }}"\n+++\n', /archetypes\/careers\.md: .*function “shout”/],
    ['invalid TOML', '+++\ntitle = {{ .Name }}\n+++\n', /archetypes\/careers\.md does not give a valid posting: .*not valid TOML/],
    ['no front matter', '# {{ .Name }}\n', /archetypes\/careers\.md gives a file without a details section/],
  ])('an archetype with %s', async (_label, template, message) => {
    const root = makeSite({ 'hugo.toml': '', 'archetypes/careers.md': template, 'content/careers/_index.md': '+++\n+++\n' });
    const before = snapshotFolder(root);
    const error = await failure(createPosting(openRepository(root), { title: 'Anything', now: NOW, bundle: true }));
    expect(error.message).toMatch(message);
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });
});

const HUGO = hugoAvailable();

describe.skipIf(!HUGO)(HUGO ? 'Hugo reads new postings' : 'Hugo reads new postings (SKIPPED: `hugo` is not on PATH)', () => {
  it('matches what hugo new writes from the same archetype, apart from the title and the moment', async () => {
    const ours = copySite(SAMPLE_SITE);
    const theirs = copySite(SAMPLE_SITE);
    const created = await createPosting(openRepository(ours), { title: 'Inventory Systems Engineer', now: NOW });
    const result = spawnSync('hugo', ['new', 'careers/inventory-systems-engineer.md'], { cwd: theirs, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const normalise = (text: string): string => text.replace(/^date = .*$/m, 'date = <now>').replace(/^title = .*$/m, 'title = <title>');
    expect(normalise(readFileSync(created.file, 'utf8'))).toBe(normalise(readFileSync(join(theirs, 'content', 'careers', 'inventory-systems-engineer.md'), 'utf8')));
  });

  it('builds the sample site and careers-crunch after new, with the new postings listed as drafts', async () => {
    for (const [source, section] of [[SAMPLE_SITE, 'careers'], [CAREERS_CRUNCH, 'jobs']] as const) {
      const root = copySite(source);
      const repository = openRepository(root);
      const made = [
        await createPosting(repository, { title: 'Store Systems Engineer', now: NOW }),
        await createPosting(repository, { title: 'Store Systems Engineer', now: NOW, bundle: true }),
        await createPosting(repository, { title: 'Lead "Barista" — Café Zürich', now: NOW }),
      ];
      mkdirSync(join(root, 'public-target'));
      const listed = spawnSync('hugo', ['list', 'all'], { cwd: root, encoding: 'utf8' });
      expect(listed.status, listed.stderr).toBe(0);
      for (const posting of made) {
        const row = listed.stdout.split('\n').find((line) => line.startsWith(`${posting.path},`));
        expect(row, `${posting.path} in hugo list all`).toBeDefined();
        expect(row).toContain(',true,');
        expect(posting.path.startsWith(`content/${section}/`)).toBe(true);
      }
      expect(listed.stdout).toContain('"Lead ""Barista"" — Café Zürich"');
      const build = spawnSync('hugo', ['--buildDrafts', '--destination', join(root, 'public-target')], { cwd: root, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      expect(build.stderr).not.toMatch(/ERROR/);
      if (source === SAMPLE_SITE) {
        // The bundled site builds cleanly; careers-crunch lacks its theme's layouts, so Hugo warns there.
        expect(build.stderr).not.toMatch(/WARN/);
        expect(existsSync(join(root, 'public-target', 'careers', 'store-systems-engineer', 'index.html'))).toBe(true);
      }
    }
  });
});
