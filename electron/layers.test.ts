import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(join(PROJECT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module a file imports: 'electron', or a project folder for relative imports ("postings/api", "renderer/..."). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => {
    const specifier = match[1] ?? match[2] ?? '';
    return specifier.startsWith('.') ? relative(PROJECT, resolve(file, '..', specifier)) : specifier;
  });
}

describe('the desktop shell’s layer', () => {
  it('imports the host side of postings/ and never the renderer', () => {
    for (const file of sources('electron')) {
      for (const target of imports(file)) expect(target.startsWith('renderer'), `${relative(PROJECT, file)} imports ${target}`).toBe(false);
    }
  });

  it('is imported by nothing in postings/ or renderer/, and neither imports electron', () => {
    for (const file of [...sources('postings'), ...sources('renderer')]) {
      for (const target of imports(file)) {
        expect(target === 'electron' || target.startsWith('electron/'), `${relative(PROJECT, file)} imports ${target}`).toBe(false);
      }
    }
  });

  it('keeps electron’s runtime out of the pure pieces the unit tests load: only the wiring imports it', () => {
    const runtime = sources('electron')
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => /(?:^|\n)import\s+(?!type\b)[^'"]*from\s*'electron'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(join(PROJECT, 'electron'), file))
      .sort();
    expect(runtime).toEqual(['main/desktop.ts', 'main/main.ts', 'pdf/electron-pdf-printer.ts', 'preload/preload.ts', 'window/open-window.ts']);
  });
});
