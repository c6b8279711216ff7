import { existsSync } from 'node:fs';
import { BUILT_UI, CLI } from './paths.js';

/** The specs drive the built app, as a user gets it; say so plainly when it is not built. */
export default function globalSetup(): void {
  for (const file of [CLI, BUILT_UI]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run “npm run build” before the e2e specs`);
  }
}
