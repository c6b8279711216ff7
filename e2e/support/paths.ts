import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(PROJECT_ROOT, 'dist', 'postings', 'cli', 'main.js');
export const BUILT_UI = join(PROJECT_ROOT, 'dist', 'renderer', 'index.html');
export const SAMPLE_SITE = join(PROJECT_ROOT, 'sample-site');
