import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(join(PROJECT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Which folders may import which is postings/layers.test.ts's; this keeps electron's runtime to the wiring.
describe('the desktop shell’s layer', () => {
  it('keeps electron’s runtime out of the pure pieces the unit tests load: only the wiring imports it', () => {
    const runtime = sources('electron')
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => /(?:^|\n)import\s+(?!type\b)[^'"]*from\s*'electron'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(join(PROJECT, 'electron'), file))
      .sort();
    expect(runtime).toEqual(['main/desktop.ts', 'main/main.ts', 'pdf/electron-pdf-printer.ts', 'preload/preload.ts', 'window/open-window.ts']);
  });
});
