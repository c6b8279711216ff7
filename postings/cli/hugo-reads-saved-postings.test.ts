import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../test-support/cli.js';
import {
  CAREERS_CRUNCH,
  copySite,
  hugoAvailable,
  hugoList,
  makeTempFolder,
  removeTempFolders,
  runHugo,
  type HugoListedPage,
} from '../test-support/temp-site.js';

/**
 * Hugo is the real reader of every file we save. This edits a copy of the
 * careers-crunch site through the built command line, then asks Hugo itself
 * what it reads: `hugo list all` for titles, drafts and dates, and a build
 * with a one-line-per-page layout for weights and params, which the list
 * does not show.
 */
const HUGO = hugoAvailable();
const SUITE = HUGO
  ? 'Hugo reads exactly what `posting-desk set` saved'
  : 'Hugo reads exactly what `posting-desk set` saved (SKIPPED: `hugo` is not on PATH; .ci/run installs it)';

/** What Hugo's page object holds, as the dump layout prints it. */
interface HugoPage {
  path: string;
  title: string;
  weight: number;
  draft: boolean;
  date: string;
  publishDate: string;
  expiryDate: string;
  params: Record<string, unknown>;
}

const DUMP_LAYOUT =
  '{{ range .Site.AllPages }}{{ if .File }}' +
  '{{ dict "path" .File.Path "title" .Title "weight" .Weight "draft" .Draft "date" .Date "publishDate" .PublishDate "expiryDate" .ExpiryDate "params" .Params | jsonify | safeHTML }}\n' +
  '{{ end }}{{ end }}';

function hugoPages(site: string): Map<string, HugoPage> {
  const out = join(makeTempFolder('posting-desk-hugo-public-'), 'public');
  runHugo(['--buildDrafts', '--buildFuture', '--buildExpired', '--quiet', '--destination', out], site);
  const lines = readFileSync(join(out, 'index.html'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  return new Map(lines.map((line) => {
    const page = JSON.parse(line) as HugoPage;
    return [`content/${page.path}`, page];
  }));
}

/** Same instant; Hugo prints dates normalised (a bare date as midnight UTC). */
function sameInstant(hugoDate: string | undefined, written: string): boolean {
  return hugoDate !== undefined && Date.parse(hugoDate) === Date.parse(written);
}

const JOBS = 'content/jobs';

describe.skipIf(!HUGO)(SUITE, () => {
  let site: string;
  let listBefore: Map<string, HugoListedPage>;
  let pagesBefore: Map<string, HugoPage>;
  let listAfter: Map<string, HugoListedPage>;
  let pagesAfter: Map<string, HugoPage>;
  const textBefore = new Map<string, string>();
  const results: { args: string[]; result: CliResult }[] = [];

  const set = (...args: string[]): void => {
    results.push({ args, result: runCli(['set', ...args], { cwd: join(site, JOBS) }) });
  };

  beforeAll(() => {
    site = copySite(CAREERS_CRUNCH);
    mkdirSync(join(site, 'layouts'), { recursive: true });
    writeFileSync(join(site, 'layouts', 'index.html'), DUMP_LAYOUT);
    listBefore = hugoList('all', site);
    pagesBefore = hugoPages(site);
    for (const path of listBefore.keys()) textBefore.set(path, readFileSync(join(site, path), 'utf8'));

    // Several files in one call.
    set('account-executive.md', 'backend-engineer.md', 'business-development-representative.md', '--field', 'draft=false', '--field', 'weight=7');
    // Plain text with quotes, an em dash, an ampersand and accents (not TOML, so taken as text).
    set('database-engineer.md', '--field', 'title=Senior "Database" Engineer — Zürich & Köln');
    // TOML string syntax with escapes and a character outside the BMP.
    set('front-end-director.md', '--field', 'title="Directeur·rice \\"Front-end\\" \\u00e0 Paris 🚀"', '--field', 'draft=false');
    // A weight where the file had none: the key is added.
    set('marketing-manager.md', '--field', 'weight=3');
    // The corpus writes dates as quoted strings; a new date keeps that style.
    set('javascript-engineer.md', '--field', 'date=2026-05-01T09:30:00+02:00');
    // New date keys are written as bare TOML dates and date-times.
    set('python-engineer.md', '--field', 'publishDate=2026-06-01', '--field', 'expiryDate=2031-12-31T23:59:59-05:00');
    // A bare TOML date replacing a quoted one: remove, then add, in command-line order.
    set('sdet.md', '--unset', 'date', '--field', 'date=2026-07-04');
    // Publish state the other way round, and a params value Hugo exposes as .Params.
    set('senior-software-engineer-python-data-platform.md', '--field', 'draft=true', '--field', 'weight=1', '--field', 'label=Engineering & Data — Berlin');

    listAfter = hugoList('all', site);
    pagesAfter = hugoPages(site);
  });

  afterAll(removeTempFolders);

  const EDITED = {
    'account-executive.md': { draft: false, weight: 7 },
    'backend-engineer.md': { draft: false, weight: 7 },
    'business-development-representative.md': { draft: false, weight: 7 },
    'database-engineer.md': { title: 'Senior "Database" Engineer — Zürich & Köln' },
    'front-end-director.md': { title: 'Directeur·rice "Front-end" à Paris 🚀', draft: false },
    'marketing-manager.md': { weight: 3 },
    'javascript-engineer.md': { date: '2026-05-01T09:30:00+02:00' },
    'python-engineer.md': { publishDate: '2026-06-01', expiryDate: '2031-12-31T23:59:59-05:00' },
    'sdet.md': { date: '2026-07-04' },
    'senior-software-engineer-python-data-platform.md': { draft: true, weight: 1, label: 'Engineering & Data — Berlin' },
  } satisfies Record<string, { title?: string; draft?: boolean; weight?: number; date?: string; publishDate?: string; expiryDate?: string; label?: string }>;
  type Expected = (typeof EDITED)[keyof typeof EDITED] & { title?: string; draft?: boolean; weight?: number; date?: string; publishDate?: string; expiryDate?: string; label?: string };

  it('every set call succeeds, reports each file it updated, and prints nothing on stderr', () => {
    for (const { args, result } of results) {
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: '' });
      const files = args.filter((arg, index) => arg.endsWith('.md') && args[index - 1] !== '--field' && args[index - 1] !== '--unset');
      expect(result.stdout.trim().split('\n')).toEqual(files.map((file) => `updated ${file}`));
    }
  });

  it('Hugo lists the same pages before and after', () => {
    expect([...listAfter.keys()].sort()).toEqual([...listBefore.keys()].sort());
    expect(listAfter.size).toBeGreaterThanOrEqual(34);
  });

  it('hugo list all shows exactly the new titles, drafts and dates of the edited postings', () => {
    for (const [name, expected] of Object.entries(EDITED) as [string, Expected][]) {
      const path = `${JOBS}/${name}`;
      const before = listBefore.get(path) as HugoListedPage;
      const after = listAfter.get(path);
      expect(after, path).toBeDefined();
      if (!after) continue;
      expect(after.title, `${path} title`).toBe(expected.title ?? before.title);
      expect(after.draft, `${path} draft`).toBe(String(expected.draft ?? before.draft === 'true'));
      const date = expected.date ?? before.date;
      expect(sameInstant(after.date, date), `${path} date: Hugo read ${after.date}, expected ${date}`).toBe(true);
      // Hugo's publishDate falls back to the date when the file has none.
      const publishDate = expected.publishDate ?? (expected.date ?? before.publishDate);
      expect(sameInstant(after.publishDate, publishDate), `${path} publishDate: Hugo read ${after.publishDate}, expected ${publishDate}`).toBe(true);
      const expiryDate = expected.expiryDate ?? before.expiryDate;
      expect(sameInstant(after.expiryDate, expiryDate), `${path} expiryDate: Hugo read ${after.expiryDate}, expected ${expiryDate}`).toBe(true);
    }
  });

  it('Hugo reads the new weights and params of the edited postings', () => {
    for (const [name, expected] of Object.entries(EDITED) as [string, Expected][]) {
      const path = `${JOBS}/${name}`;
      const before = pagesBefore.get(path) as HugoPage;
      const after = pagesAfter.get(path);
      expect(after, path).toBeDefined();
      if (!after) continue;
      expect(after.weight, `${path} weight`).toBe(expected.weight ?? before.weight);
      expect(after.draft, `${path} draft`).toBe(expected.draft ?? before.draft);
      expect(after.title, `${path} title`).toBe(expected.title ?? before.title);
      expect(after.params.label, `${path} label`).toBe(expected.label ?? before.params.label);
    }
  });

  it('the untouched postings read exactly as before, in hugo list all and in the build', () => {
    const edited = new Set(Object.keys(EDITED).map((name) => `${JOBS}/${name}`));
    const untouched = [...listBefore.keys()].filter((path) => !edited.has(path));
    expect(untouched.length).toBeGreaterThanOrEqual(24);
    for (const path of untouched) {
      expect(listAfter.get(path), path).toEqual(listBefore.get(path));
      expect(pagesAfter.get(path), path).toEqual(pagesBefore.get(path));
      expect(readFileSync(join(site, path), 'utf8'), path).toBe(textBefore.get(path));
    }
  });

  it('each edited file changes only the lines of the edited details', () => {
    const editedKeys: Record<string, string[]> = {
      'account-executive.md': ['draft', 'weight'],
      'backend-engineer.md': ['draft', 'weight'],
      'business-development-representative.md': ['draft', 'weight'],
      'database-engineer.md': ['title'],
      'front-end-director.md': ['title', 'draft'],
      'marketing-manager.md': ['weight'],
      'javascript-engineer.md': ['date'],
      'python-engineer.md': ['publishDate', 'expiryDate'],
      'sdet.md': ['date'],
      'senior-software-engineer-python-data-platform.md': ['draft', 'weight', 'label'],
    };
    for (const [name, keys] of Object.entries(editedKeys)) {
      const path = `${JOBS}/${name}`;
      const isEditedLine = (line: string): boolean => keys.some((key) => line.startsWith(`${key} =`));
      const before = (textBefore.get(path) as string).split('\n').filter((line) => !isEditedLine(line));
      const after = readFileSync(join(site, path), 'utf8').split('\n').filter((line) => !isEditedLine(line));
      expect(after, path).toEqual(before);
    }
  });

  it('keeps the style of the value it replaces and writes new dates as TOML dates', () => {
    const read = (name: string): string => readFileSync(join(site, JOBS, name), 'utf8');
    expect(read('javascript-engineer.md')).toContain('\ndate = "2026-05-01T09:30:00+02:00"\n');
    expect(read('sdet.md')).toMatch(/\ndate = 2026-07-04\r?\n/);
    expect(read('python-engineer.md')).toMatch(/\npublishDate = 2026-06-01\r?\n/);
    expect(read('python-engineer.md')).toMatch(/\nexpiryDate = 2031-12-31T23:59:59-05:00\r?\n/);
    expect(read('account-executive.md')).toMatch(/\nweight = 7\r?\n/);
  });
});
