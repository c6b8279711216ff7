import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { renderPosting, renderSettingsFromSite } from '../../render/index.js';
import { splitPosting } from '../../file/split.js';
import { pdfInfo, pdfToolsMissing } from '../../test-support/pdf-tools.js';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../../test-support/temp-site.js';
import { run } from '../run.js';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { cwd, out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}

const site = copySite(SAMPLE_SITE);
const careers = join(site, 'content', 'careers');
afterAll(removeTempFolders);

const chromiumVariable = process.env.POSTING_DESK_CHROMIUM;
afterEach(() => {
  if (chromiumVariable === undefined) delete process.env.POSTING_DESK_CHROMIUM;
  else process.env.POSTING_DESK_CHROMIUM = chromiumVariable;
});

describe('posting-desk export', () => {
  it('prints job-board Markdown of one posting: the title, the key details, the text, no front matter', async () => {
    const { code, out, err } = await cli(['export', 'content/careers/senior-backend-engineer.md', '--to', 'md'], site);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^# Senior Backend Engineer\n\n- \*\*Company:\*\* Kestrel Row\n- \*\*Location:\*\* Remote \(United States or Canada\)\n/);
    expect(out).toContain('- **Pay:** $135,000–$160,000 a year\n');
    expect(out).toContain('\n## What you’ll do\n\n- Design, build, and operate backend services');
    expect(out).not.toContain('+++');
  });

  it('keeps the front matter with --front-matter', async () => {
    const { out } = await cli(['export', 'content/careers/senior-backend-engineer.md', '--to', 'md', '--front-matter'], site);
    expect(out).toMatch(/^\+\+\+\ntitle = "Senior Backend Engineer"\n[\s\S]*\n\+\+\+\n\n# Senior Backend Engineer\n/);
  });

  it('prints the HTML fragment the preview shows with --to html', async () => {
    const file = join(careers, 'account-executive.md');
    const text = readFileSync(file, 'utf8');
    const { code, out } = await cli(['export', file, '--to', 'html'], site);
    expect(code).toBe(0);
    expect(out).toBe(renderPosting(text.slice(splitPosting(text).bodyStart), renderSettingsFromSite({ goldmark: { renderer: { unsafe: false } } })).html);
  });

  it('prints a standalone page with the print stylesheet and the shipped font with --standalone', async () => {
    const { out } = await cli(['export', 'content/careers/account-executive.md', '--to', 'html', '--standalone'], site);
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('<title>Account Executive, Bookstores and Libraries</title>');
    expect(out).toContain('src: url(data:font/woff2;base64,');
    expect(out).toContain('size: letter;');
  });

  it('prints plain text and JSON-LD', async () => {
    const text = await cli(['export', 'content/careers/data-analyst.md', '--to', 'text'], site);
    expect(text.out).toMatch(/^Data Analyst\nKestrel Row\n\nLocation: /);
    expect(text.out).toContain('\n• Write SQL against our reporting warehouse');
    const json = await cli(['export', 'content/careers/data-analyst.md', '--to', 'jsonld'], site);
    expect(JSON.parse(json.out)).toMatchObject({ '@type': 'JobPosting', title: 'Data Analyst', identifier: { value: 'content/careers/data-analyst.md' } });
  });

  it('writes the file -o names, and nothing on standard output', async () => {
    const target = join(makeTempFolder(), 'out', 'posting.txt');
    const { code, out } = await cli(['export', 'content/careers/data-analyst.md', '--to', 'text', '-o', target], site);
    expect([code, out]).toEqual([0, '']);
    expect(readFileSync(target, 'utf8')).toMatch(/^Data Analyst\n/);
  });

  it('exports several files into the folder -o names, each after its posting, with progress; a file it cannot read fails the run after the others', async () => {
    const folder = join(makeTempFolder(), 'exports');
    const { code, err } = await cli(
      ['export', 'content/careers/account-executive.md', 'content/careers/missing.md', 'content/careers/technical-writer/index.md', '--to', 'md', '-o', folder],
      site,
    );
    expect(code).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(['account-executive.md', 'technical-writer.md']);
    expect(err).toMatch(/^\[1\/3\] content\/careers\/account-executive\.md → .*account-executive\.md$/m);
    expect(err).toMatch(/^posting-desk: content\/careers\/missing\.md: no such file or folder$/m);
    expect(err).toMatch(/^\[3\/3\] content\/careers\/technical-writer\/index\.md → .*technical-writer\.md$/m);
    expect(err).toContain('1 of 3 files could not be exported');
  });

  it('refuses details that do not parse with their line, and writes nothing', async () => {
    const broken = join(makeTempFolder(), 'broken.md');
    writeFileSync(broken, '+++\ntitle = "Unclosed\n+++\nText\n');
    const target = `${broken}.txt`;
    const { code, err } = await cli(['export', broken, '--to', 'text', '-o', target], site);
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.md: .*line 2/);
    expect(existsSync(target)).toBe(false);
  });

  it.each([
    [['export', 'content/careers/data-analyst.md'], /export needs --to/],
    [['export', 'content/careers/data-analyst.md', '--to', 'docx'], /--to must be one of md, html, pdf, text, jsonld/],
    [['export', '--to', 'md'], /export needs at least one file/],
    [['export', 'content/careers/data-analyst.md', '--to', 'pdf', '--paper', 'A5'], /--paper must be A4 or Letter/],
  ])('gives a usage error for %j', async (args, message) => {
    const { code, err } = await cli(args, site);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('says clearly when no Chromium can be found for a PDF, and writes nothing', async () => {
    process.env.POSTING_DESK_CHROMIUM = join(site, 'no-such-browser');
    const cwd = makeTempFolder();
    const { code, err } = await cli(['export', join(careers, 'data-analyst.md'), '--to', 'pdf'], cwd);
    expect(code).toBe(2);
    expect(err).toMatch(/^posting-desk: POSTING_DESK_CHROMIUM names .*no-such-browser, which is not a program that can be run/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  const missing = pdfToolsMissing();
  it.skipIf(missing !== undefined)(`writes a PDF of one posting to <name>.pdf when -o is left out${missing ? ` (skipped: ${missing})` : ''}`, async () => {
    const cwd = makeTempFolder();
    const { code, out, err } = await cli(['export', join(careers, 'technical-writer', 'index.md'), '--to', 'pdf', '--paper', 'A4'], cwd);
    expect([code, out]).toEqual([0, '']);
    expect(err).toBe('posting-desk: wrote technical-writer.pdf\n');
    const pdf = readFileSync(join(cwd, 'technical-writer.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(pdf)).toMatchObject({ Title: 'Technical Writer', Tagged: 'yes' });
    expect(pdfInfo(pdf)['Page size']).toMatch(/\(A4\)$/);
  });
});
