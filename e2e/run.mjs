// The e2e step of `npm test`: Playwright in Debian's Chromium, skipped with the reason where Chromium is
// missing, except under CI, where a missing Chromium is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const chromium = process.env.POSTING_DESK_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const how = 'install it with “apt-get install chromium” (or set POSTING_DESK_CHROMIUM to a Chromium binary)';
  if (process.env.CI) {
    console.error(`e2e: Chromium is missing at ${chromium}: CI must ${how}`);
    process.exit(1);
  }
  console.log(`e2e: skipped, Chromium is missing at ${chromium}: ${how}`);
  process.exit(0);
}
const project = fileURLToPath(new URL('..', import.meta.url));
const playwright = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
const { status } = spawnSync(process.execPath, [playwright, 'test', ...process.argv.slice(2)], { cwd: project, stdio: 'inherit' });
process.exit(status ?? 1);
