import { chmod, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run.js';

const CRUNCH = join(import.meta.dirname, '../../../../shared/corpus/careers-crunch');
const REAL = join(import.meta.dirname, '../../../../shared/corpus/real-postings');

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { cwd, out: (text) => { out += text; }, err: (text) => { err += text; } });
  return { code, out, err };
}

describe('posting-desk lint --fix', () => {
  let site: string;
  let posting: string;

  beforeEach(async () => {
    // A copy of the real careers site, with a real posting of another organisation (trailing spaces, "an deep") in it.
    site = await mkdtemp(join(tmpdir(), 'posting-desk-fix-'));
    await cp(CRUNCH, site, { recursive: true });
    posting = join(site, 'content/jobs/au-health-developer.md');
    await cp(join(REAL, '006-au-dept-health-software-developer.md'), posting);
    // ../shared is read-only, and copies keep its modes.
    await chmod(posting, 0o644);
    await chmod(join(site, 'content/jobs/account-executive.md'), 0o644);
  });

  it('applies the safe fixes, writes the file and says what it changed', async () => {
    const before = await readFile(posting, 'utf8');
    const { code, err, out } = await cli(['lint', '--fix', posting], site);
    expect([0, 1]).toContain(code);
    const after = await readFile(posting, 'utf8');
    expect(after).not.toBe(before);
    expect(err).toMatch(/^Fixed \d+ problems? in 1 posting:\n {2}content\/jobs\/au-health-developer\.md: /);
    expect(err).toContain('a-an');
    expect(after).toContain('a deep understanding');
    expect(after.slice(after.indexOf('+++', 3))).not.toMatch(/[ \t]+\n/);
    // What is printed is the fixed file's remaining warnings.
    expect(out).not.toContain('a-an');
    const again = await cli(['lint', '--fix', posting], site);
    expect(again.err).toBe('Nothing to fix.\n');
    expect(await readFile(posting, 'utf8')).toBe(after);
  });

  it('keeps a byte-order mark and CRLF line endings, fixing at the right places', async () => {
    const plain = await readFile(posting, 'utf8');
    await cli(['lint', '--fix', posting], site);
    const fixedPlain = await readFile(posting, 'utf8');
    await writeFile(posting, `\uFEFF${plain.replace(/\n/g, '\r\n')}`);
    await cli(['lint', '--fix', posting], site);
    const fixed = await readFile(posting, 'utf8');
    expect(fixed.startsWith('\uFEFF')).toBe(true);
    expect(fixed.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(fixedPlain);
    expect(fixed.match(/\r\n/g)?.length).toBe(fixedPlain.match(/\n/g)?.length);
  });

  it('lists what it fixed in --format json', async () => {
    const { out } = await cli(['lint', '--fix', '--format', 'json', posting], site);
    const [result] = JSON.parse(out) as { fixed: { ruleId: string }[]; messages: { ruleId: string }[] }[];
    expect(result?.fixed.map((problem) => problem.ruleId)).toContain('a-an');
    expect(result?.messages.map((message) => message.ruleId)).not.toContain('a-an');
  });

  it('refuses to write a read-only posting, saying so, and leaves it as it was', async () => {
    await chmod(posting, 0o444);
    const before = await readFile(posting);
    const { code, err } = await cli(['lint', '--fix', posting], site);
    expect(code).toBe(2);
    expect(err).toMatch(/read-only; nothing was saved/);
    expect(await readFile(posting)).toEqual(before);
  });

  it('writes nothing when there is nothing to fix', async () => {
    const clean = join(site, 'content/jobs/account-executive.md');
    const before = await readFile(clean);
    const { err } = await cli(['lint', '--fix', clean], site);
    expect(err).toBe('Nothing to fix.\n');
    expect(await readFile(clean)).toEqual(before);
  });
});
