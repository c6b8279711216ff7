import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium); POSTING_DESK_CHROMIUM names another build. */
export const CHROMIUM = process.env.POSTING_DESK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}
