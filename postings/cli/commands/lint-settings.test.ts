import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';

const CRUNCH = join(import.meta.dirname, '../../../../shared/corpus/careers-crunch');

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await run(args, { cwd, out: (text) => { out += text; }, err: () => {} });
  return { code, out };
}

describe('posting-desk lint and .posting-desk.toml', () => {
  it('warns about unknown settings and rule ids with the one meant, and still lints', async () => {
    const site = await mkdtemp(join(tmpdir(), 'posting-desk-settings-'));
    await cp(CRUNCH, site, { recursive: true });
    await writeFile(join(site, '.posting-desk.toml'), 'company = "Crunch"\njurisdicton = "US-CO"\n\n[rules]\nspellng = "off"\n');
    const { out } = await cli(['lint', '--format', 'json', 'content/jobs/account-executive.md'], site);
    const [settings, posting] = JSON.parse(out) as { file: string; messages: { ruleId: string; line: number; message: string }[] }[];
    expect(settings?.file).toBe('.posting-desk.toml');
    expect(settings?.messages.map((message) => [message.line, message.message])).toEqual([
      [2, '“jurisdicton” is not a Posting Desk setting, so it changes nothing. Did you mean “jurisdiction”?'],
      [5, '“spellng” is not a rule, so this setting changes nothing. Did you mean “spelling”?'],
    ]);
    expect(posting?.file).toBe('content/jobs/account-executive.md');
    const text = await cli(['lint', 'content/jobs/account-executive.md'], site);
    expect(text.out).toMatch(/^\.posting-desk\.toml\n {2}2:1 +warning +“jurisdicton” is not a Posting Desk setting/);
  });
});
