import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/cli.js';
import { copySite, removeTempFolders, SAMPLE_SITE } from '../test-support/temp-site.js';

let site: string;

beforeAll(() => {
  site = copySite(SAMPLE_SITE);
});

afterAll(removeTempFolders);

describe('help and usage errors', () => {
  it.each([[[]], [['help']], [['--help']], [['-h']]])('%j prints the usage and exits 0', (args) => {
    const result = runCli(args, { cwd: site });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['list', 'get', 'set', 'new']) expect(result.stdout).toContain(`posting-desk ${command} `);
    expect(result.stdout).toContain('Exit codes: 0 success, 1 lint found errors, 2 usage or file problem');
  });

  it.each([
    [['frobnicate'], 'Unknown command “frobnicate”'],
    [['list', '--nope'], 'Unknown option --nope'],
    [['list', '--json=yes'], 'Unknown option --json'],
    [['get'], 'get takes one file'],
    [['get', 'a.md', 'b.md'], 'get takes one file'],
    [['set', '--field', 'draft=true'], 'set needs at least one file'],
    [['set', 'content/careers/data-analyst.md'], 'set needs at least one --field or --unset'],
    [['set', 'content/careers/data-analyst.md', '--field'], '--field needs a value'],
    [['set', 'content/careers/data-analyst.md', '--field', 'draft'], '--field takes key=value, got “draft”'],
    [['set', 'content/careers/data-analyst.md', '--field', '=true'], '--field takes key=value'],
    [['set', 'content/careers/data-analyst.md', '--field', 'two words=x'], '“two words” is not a detail name'],
    [['set', 'content/careers/data-analyst.md', '--unset', 'params.'], '“params.” is not a detail name'],
    [['new'], 'new needs a title'],
    [['new', '--title', '  '], 'new needs a title'],
    [['new', 'a', 'b', '--title', 'X'], 'new takes at most one repository'],
    [['new', '--title', 'A', '--title', 'B'], '--title can be given only once'],
  ])('%j is a usage error: exit 2, a message and a pointer to help, nothing written', (args, message) => {
    const before = readFileSync(join(site, 'content', 'careers', 'data-analyst.md'));
    const result = runCli(args, { cwd: site });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Run “posting-desk help” for usage.');
    expect(readFileSync(join(site, 'content', 'careers', 'data-analyst.md'))).toEqual(before);
  });
});

describe('list', () => {
  it('--json prints every posting with its details as written', () => {
    const result = runCli(['list', '--json'], { cwd: join(site, 'content') });
    expect(result.code).toBe(0);
    const postings = JSON.parse(result.stdout) as { path: string; title?: string; date?: string; draft?: boolean; weight?: number; expiryDate?: string }[];
    expect(postings).toHaveLength(8);
    expect(postings[0]).toEqual({ path: 'content/careers/senior-backend-engineer.md', format: 'toml', title: 'Senior Backend Engineer', date: '2026-03-02T09:00:00+01:00', draft: false, weight: 10 });
    expect(postings.map((posting) => posting.path)).toContain('content/careers/technical-writer/index.md');
    expect(postings.find((posting) => posting.title === 'Data Analyst')?.expiryDate).toBe('2025-03-31T23:59:59-07:00');
  });

  it('prints a table with a status column and a count, for a repository given by path', () => {
    const result = runCli(['list', site], { cwd: '/' });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TITLE\s+STATUS\s+DATE\s+WEIGHT\s+FILE$/);
    expect(lines.at(-1)).toBe('8 postings in content/careers');
    expect(lines.find((line) => line.startsWith('Product Designer'))).toMatch(/\bdraft\b/);
    expect(lines.find((line) => line.startsWith('Data Analyst'))).toMatch(/\bexpired\b.*2025-01-15\s+50\s+content\/careers\/data-analyst\.md$/);
  });

  it('outside a Hugo site exits 2 and says why', () => {
    const result = runCli(['list', '/'], { cwd: '/' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a Hugo site');
  });
});

describe('get', () => {
  it('--json prints the front matter as one object, dates exactly as written', () => {
    const result = runCli(['get', '--json', 'content/careers/data-analyst.md'], { cwd: site });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      title: 'Data Analyst',
      date: '2025-01-15T09:00:00-08:00',
      expiryDate: '2025-03-31T23:59:59-07:00',
      draft: false,
      weight: 50,
      description: 'Turn sales and circulation data into reports that small stores can act on.',
      params: {
        location: 'Portland, Oregon or remote (United States)',
        remote: 'remote-friendly',
        employment_type: 'full-time',
        team: 'Insights',
        pay_min: 82000,
        pay_max: 98000,
        currency: 'USD',
      },
    });
  });

  it('keeps every date form as written: quoted, local date, offset, fractions', () => {
    const file = join(site, 'dates.md');
    writeFileSync(file, '+++\na = "2026-05-01"\nb = 2026-05-01\nc = 2026-05-01T09:30:00.120+05:45\nd = 1979-05-27T07:32:00\ne = 07:32:00\nf = 2026-05-01 09:30:00Z\n+++\n');
    expect(JSON.parse(runCli(['get', '--json', 'dates.md'], { cwd: site }).stdout)).toEqual({
      a: '2026-05-01',
      b: '2026-05-01',
      c: '2026-05-01T09:30:00.120+05:45',
      d: '1979-05-27T07:32:00',
      e: '07:32:00',
      f: '2026-05-01 09:30:00Z',
    });
  });

  it('prints one dotted line per detail in TOML syntax', () => {
    const result = runCli(['get', 'content/careers/data-analyst.md'], { cwd: site });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('title = "Data Analyst"');
    expect(lines).toContain('date = 2025-01-15T09:00:00-08:00');
    expect(lines).toContain('draft = false');
    expect(lines).toContain('params.pay_min = 82000');
    expect(lines).toContain('params.location = "Portland, Oregon or remote (United States)"');
  });
});

describe('set value syntax', () => {
  const base = '+++\ntitle = "Role"\ndraft = true\n\n[params]\nlocation = "Lisbon"\n+++\n\nBody.\n';

  function setAndRead(...fields: string[]): { code: number; text: string; details: Record<string, unknown>; stderr: string } {
    const file = join(site, 'value.md');
    writeFileSync(file, base);
    const result = runCli(['set', 'value.md', ...fields], { cwd: site });
    const details = JSON.parse(runCli(['get', '--json', 'value.md'], { cwd: site }).stdout) as Record<string, unknown>;
    return { code: result.code, text: readFileSync(file, 'utf8'), details, stderr: result.stderr };
  }

  it.each([
    ['draft=false', 'draft', false, 'draft = false'],
    ['weight=200', 'weight', 200, 'weight = 200'],
    ['ratio=1.5', 'ratio', 1.5, 'ratio = 1.5'],
    ['date=2026-05-01', 'date', '2026-05-01', 'date = 2026-05-01'],
    ['date=2026-05-01T09:00:00+02:00', 'date', '2026-05-01T09:00:00+02:00', 'date = 2026-05-01T09:00:00+02:00'],
    ['title="Text in quotes"', 'title', 'Text in quotes', 'title = "Text in quotes"'],
    // A TOML literal string; the title keeps the file's own quote style.
    ["title='literal \\ string'", 'title', 'literal \\ string', 'title = "literal \\\\ string"'],
    ['tags=["a", "b"]', 'tags', ['a', 'b'], 'tags = ["a", "b"]'],
    ['title=Plain text, not TOML', 'title', 'Plain text, not TOML', 'title = "Plain text, not TOML"'],
    ['title=Say "hi" — naïvely', 'title', 'Say "hi" — naïvely', 'title = "Say \\"hi\\" — naïvely"'],
    ['title=', 'title', '', 'title = ""'],
    ['summary=a = b', 'summary', 'a = b', 'summary = "a = b"'],
    ['params.location=Remote', 'params', { location: 'Remote' }, 'location = "Remote"'],
    ['params.pay_min=90000', 'params', { location: 'Lisbon', pay_min: 90000 }, 'pay_min = 90000'],
  ])('--field %s', (field, key, value, line) => {
    const { code, text, details, stderr } = setAndRead('--field', field);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(details[key]).toEqual(value);
    expect(text.split('\n')).toContain(line);
    expect(text.endsWith('+++\n\nBody.\n')).toBe(true);
  });

  it('--unset removes a key, a dotted key removes a key in a table', () => {
    const { code, details, text } = setAndRead('--unset', 'draft', '--unset', 'params.location');
    expect(code).toBe(0);
    expect(details).toEqual({ title: 'Role', params: {} });
    expect(text).toBe('+++\ntitle = "Role"\n\n[params]\n+++\n\nBody.\n');
  });

  it('applies --field and --unset in command-line order', () => {
    expect(setAndRead('--unset', 'draft', '--field', 'draft=false').details.draft).toBe(false);
    expect(setAndRead('--field', 'draft=false', '--unset', 'draft').details.draft).toBeUndefined();
  });

  it('-f is short for --field, and --field=key=value works too', () => {
    expect(setAndRead('-f', 'weight=3', '--field=draft=false').details).toMatchObject({ weight: 3, draft: false });
  });
});

describe('new', () => {
  it('creates a posting from the site’s archetype and says where', () => {
    const result = runCli(['new', '--title', 'Community Librarian'], { cwd: join(site, 'content', 'careers') });
    expect(result).toEqual({ code: 0, stdout: 'created content/careers/community-librarian.md (from archetypes/careers.md)\n', stderr: '' });
    const details = JSON.parse(runCli(['get', '--json', 'content/careers/community-librarian.md'], { cwd: site }).stdout) as Record<string, unknown>;
    expect(details).toMatchObject({ title: 'Community Librarian', draft: true });
  });

  it('takes the repository as an argument, -t for --title, and --bundle', () => {
    const result = runCli(['new', site, '-t', 'Community Librarian', '--bundle'], { cwd: '/' });
    expect(result).toEqual({ code: 0, stdout: 'created content/careers/community-librarian-2/index.md (from archetypes/careers.md)\n', stderr: '' });
  });
});
