import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../run.js';

const CRUNCH = join(import.meta.dirname, '../../../../shared/corpus/careers-crunch');
const FIXTURE = join(import.meta.dirname, '../../../../shared/fixtures/senior-backend-engineer.md');
const SAMPLE_SITE = join(import.meta.dirname, '../../../sample-site');

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { cwd, out: (text) => { out += text; }, err: (text) => { err += text; } });
  return { code, out, err };
}

interface JsonResult {
  file: string;
  messages: { ruleId: string; severity: string; line: number; column: number; message: string }[];
  genderCoding: { verdict: string; masculine: string[]; feminine: string[] };
}

describe('posting-desk lint', () => {
  let site: string;

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'posting-desk-lint-'));
    await cp(CRUNCH, site, { recursive: true });
  });

  it('lints the postings section when no path is given, in ESLint-like text', async () => {
    const { code, out } = await cli(['lint'], site);
    expect(code).toBe(0);
    expect(out).toMatch(/^content\/jobs\/[\w-]+\.md$/m);
    expect(out).toMatch(/^ {2}\d+:\d+ +(warning|info|error) +.+ {2}[a-z-]+$/m);
    expect(out).toMatch(/problems? \(0 errors, \d+ warnings?, \d+ notes?\) in 34 postings/);
  });

  it('prints JSON with the gender-coding summary per file', async () => {
    const { code, out } = await cli(['lint', FIXTURE, '--format', 'json'], site);
    expect(code).toBe(0);
    const [result] = JSON.parse(out) as JsonResult[];
    expect(result?.file).toMatch(/senior-backend-engineer\.md$/);
    expect(result?.genderCoding.masculine).toContain('analytics');
    expect(result?.genderCoding.verdict).toMatch(/coded|neutral|empty/);
    const misspelled = result?.messages.filter((message) => message.ruleId === 'spelling').map((message) => message.message);
    expect(misspelled).toEqual([expect.stringContaining('Demonstratable'), expect.stringContaining('abilty'), expect.stringContaining('Parallization')]);
    expect(result?.messages.some((message) => message.ruleId === 'pay-range')).toBe(true);
    expect(result?.messages.some((message) => message.ruleId === 'trailing-whitespace')).toBe(true);
  });

  it('exits 1 when a posting has an error-level problem', async () => {
    const broken = join(site, 'content/jobs/broken.md');
    await writeFile(broken, '+++\ntitle = "Broken\n+++\nText.\n');
    const { code, out } = await cli(['lint', broken], site);
    expect(code).toBe(1);
    expect(out).toMatch(/2:\d+ +error +The details are not valid TOML/);
    expect(out).not.toMatch(/pay-range|location|how-to-apply/);
  });

  it('reports an unreadable file as an error of its own', async () => {
    const binary = join(site, 'content/jobs/binary.md');
    await writeFile(binary, Buffer.from([0x2b, 0x2b, 0x2b, 0x0a, 0xff, 0xfe, 0x0a]));
    const { code, out } = await cli(['lint', binary, '--quiet'], site);
    expect(code).toBe(1);
    expect(out).toMatch(/unreadable-file/);
  });

  it('follows the repository settings: rules off, severities, its own words', async () => {
    const posting = join(site, 'content/jobs/backend-engineer.md');
    const before = JSON.parse((await cli(['lint', posting, '--format', 'json'], site)).out) as JsonResult[];
    expect(before[0]?.messages.some((message) => message.ruleId === 'pay-range')).toBe(true);
    await writeFile(join(site, '.posting-desk.toml'), 'words = ["Crunchers"]\n\n[rules]\npay-range = "off"\nrepeated-words = "error"\n');
    try {
      const { code, out } = await cli(['lint', posting, '--format', 'json'], site);
      const [after] = JSON.parse(out) as JsonResult[];
      expect(after?.messages.some((message) => message.ruleId === 'pay-range')).toBe(false);
      expect(after?.messages.find((message) => message.ruleId === 'repeated-words')?.severity).toBe('error');
      expect(code).toBe(1);
    } finally {
      await writeFile(join(site, '.posting-desk.toml'), '');
    }
  });

  it('refuses settings it cannot read, naming the file', async () => {
    await writeFile(join(site, '.posting-desk.toml'), '[rules]\npay-range = "sometimes"\n');
    try {
      const { code, err } = await cli(['lint'], site);
      expect(code).toBe(2);
      expect(err).toMatch(/\.posting-desk\.toml: rules\.pay-range must be "off", "info", "warning" or "error"/);
    } finally {
      await writeFile(join(site, '.posting-desk.toml'), '');
    }
  });

  it('finds nothing wrong in the bundled sample site but the two postings left without pay', async () => {
    const { code, out } = await cli(['lint', '--format', 'json'], SAMPLE_SITE);
    expect(code).toBe(0);
    const results = JSON.parse(out) as JsonResult[];
    expect(results).toHaveLength(8);
    const warnings = results.flatMap((result) => result.messages.filter((message) => message.severity !== 'info').map((message) => `${result.file} ${message.ruleId}`));
    expect(warnings.sort()).toEqual([
      'content/careers/onboarding-specialist-libraries.md pay-range',
      'content/careers/product-designer.md pay-range',
    ]);
  });

  it('checks spelling in the site’s variant of English', async () => {
    const british = await mkdtemp(join(tmpdir(), 'posting-desk-en-gb-'));
    await mkdir(join(british, 'content/careers'), { recursive: true });
    await writeFile(join(british, 'hugo.toml'), 'title = "Careers"\nlanguageCode = "en-gb"\n');
    await writeFile(join(british, 'content/careers/analyst.md'), '+++\ntitle = "Analyst"\ndate = 2026-05-01\n+++\nHelp our organisation choose the colour of its programme, and recognise good behaviour.\n');
    const spelling = async (): Promise<string[]> => {
      const [result] = JSON.parse((await cli(['lint', '--format', 'json'], british)).out) as JsonResult[];
      return (result?.messages ?? []).filter((message) => message.ruleId === 'spelling').map((message) => message.message);
    };
    expect(await spelling()).toEqual([]);
    await writeFile(join(british, 'hugo.toml'), 'title = "Careers"\nlanguageCode = "en-us"\n');
    expect((await spelling()).length).toBeGreaterThanOrEqual(4);
  });

  it('exits 2 for a path that does not exist or a bad option', async () => {
    expect((await cli(['lint', 'nope.md'], site)).code).toBe(2);
    const bad = await cli(['lint', '--format', 'xml'], site);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format is text or json/);
  });
});
