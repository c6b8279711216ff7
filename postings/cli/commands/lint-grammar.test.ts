import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test-support/cli.js';
import { copySite, removeTempFolders, SAMPLE_SITE } from '../../test-support/temp-site.js';

interface JsonResult {
  file: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

// The built command runs harper in its worker thread, handed the postings' texts ahead of their lint.
describe('posting-desk lint --grammar', () => {
  let site: string;
  let results: JsonResult[];
  let code: number;

  beforeAll(() => {
    site = copySite(SAMPLE_SITE);
    appendFileSync(join(site, 'content/careers/account-executive.md'), '\nWe hire in the united states and we are an another kind of team.\n');
    writeFileSync(join(site, 'content/careers/unfinished.md'), '+++\ntitle = "Unfinished\n');
    const result = runCli(['lint', '--grammar', '--format', 'json'], { cwd: site });
    code = result.code;
    results = JSON.parse(result.stdout) as JsonResult[];
  }, 60_000);

  afterAll(removeTempFolders);

  const grammarOf = (file: string): JsonResult['messages'] => results.find((result) => result.file.endsWith(file))?.messages.filter((message) => message.ruleId === 'grammar') ?? [];

  it('reports the grammar slips of the kept checks where they are in the file', () => {
    const found = grammarOf('account-executive.md');
    expect(found.map((message) => message.message)).toEqual([expect.stringMatching(/^“united states”: .*proper noun/), expect.stringMatching(/^“an another”: Use `another` on its own/)]);
    const line = found[0]?.line ?? 0;
    expect(found.map((message) => [message.line, message.column])).toEqual([
      [line, 16],
      [line, 41],
    ]);
  });

  it('checks every posting and leaves the clean ones without grammar warnings', () => {
    expect(results.filter((result) => result.file.endsWith('.md')).length).toBeGreaterThan(3);
    expect(grammarOf('data-analyst.md')).toEqual([]);
  });

  it('lints a posting it cannot read without grammar, as the other rules do, and exits 1 for its error', () => {
    const unfinished = results.find((result) => result.file.endsWith('unfinished.md'));
    expect(unfinished?.messages.map((message) => message.ruleId)).toContain('front-matter-syntax');
    expect(code).toBe(1);
  });
});
