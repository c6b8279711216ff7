import { existsSync } from 'node:fs';
import { HEADLESS_CHROMIUM_ARGS } from '../../postings/print/chromium-args.js';

/** Debian's Chromium (apt-get install chromium); POSTING_DESK_CHROMIUM names another build. */
export const CHROMIUM = process.env.POSTING_DESK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [...HEADLESS_CHROMIUM_ARGS];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}
