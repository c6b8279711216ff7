import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of DESIGN.md §1, checked over the sources' imports as VS Code
 * checks its layers. Tests and test helpers are exempt: they may read
 * fixtures from disk.
 *
 * - The pure folders import no Node built-in and nothing from a host
 *   folder; toml/ imports nothing outside itself.
 * - postings/ imports no electron, react or renderer/.
 * - renderer/ imports from postings/ only the pure folders and the API's
 *   own pure files (those whose imports, followed, stay pure): never repo/,
 *   cli/, print/ or a Node built-in.
 * - electron/ does not import renderer/.
 */

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const PURE = ['file', 'toml', 'posting', 'lint', 'render', 'archetype', 'export'];
const UI_LIBRARIES = /^(?:electron|react|react-dom)(?:\/|$)/;
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** A source file's imports: a project-relative path for a relative import (".js" read as ".ts"), else the package name. */
interface Source {
  file: string;
  imports: string[];
}

function isTestCode(path: string): boolean {
  return /\.test\.tsx?$/.test(path) || path.split('/').includes('test-support') || path.split('/').includes('e2e');
}

function sourcesIn(folder: string): Source[] {
  const root = join(PROJECT, folder);
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(PROJECT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.includes('node_modules') && !isTestCode(file))
    .map((file) => ({ file, imports: importsOf(file, readFileSync(join(PROJECT, file), 'utf8')) }));
}

/** Static, dynamic, type-only and re-exporting imports alike: a type import still ties the layers. */
function importsOf(file: string, text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return fileName;
    const target = relative(PROJECT, resolve(PROJECT, dirname(file), fileName)).split(sep).join('/');
    return target.replace(/\.js$/, '.ts').replace(/\.jsx$/, '.tsx');
  });
}

const folderOf = (path: string): string | undefined => /^postings\/([^/]+)\//.exec(path)?.[1];

/** Which API files are pure: every import, followed within the project, reaches only pure folders, pure API files and packages. */
function pureApiFiles(sources: readonly Source[]): Set<string> {
  const byFile = new Map(sources.map((source) => [source.file, source]));
  const verdicts = new Map<string, boolean>();
  const pure = (file: string): boolean => {
    const known = verdicts.get(file);
    if (known !== undefined) return known;
    verdicts.set(file, true);
    const source = byFile.get(file);
    const ok = source !== undefined && source.imports.every((target) => {
      if (BUILTINS.has(target)) return false;
      if (!target.startsWith('postings/') && !target.startsWith('renderer/') && !target.startsWith('electron/')) return !UI_LIBRARIES.test(target);
      const folder = folderOf(target);
      if (folder !== undefined && PURE.includes(folder)) return true;
      return folder === 'api' && pure(target);
    });
    verdicts.set(file, ok);
    return ok;
  };
  return new Set(sources.filter((source) => folderOf(source.file) === 'api' && pure(source.file)).map((source) => source.file));
}

/** Every import that breaks a layer rule, as "file imports target". */
function layerViolations(sources: readonly Source[]): string[] {
  const pureApi = pureApiFiles(sources);
  const problems: string[] = [];
  for (const { file, imports } of sources) {
    const folder = folderOf(file);
    for (const target of imports) {
      const broken = (why: string): number => problems.push(`${file} imports ${target} (${why})`);
      const targetFolder = folderOf(target);
      if (file.startsWith('postings/')) {
        if (UI_LIBRARIES.test(target) || target.startsWith('renderer/') || target.startsWith('electron/')) broken('postings/ never imports electron, react or the renderer');
        if (folder !== undefined && PURE.includes(folder)) {
          if (BUILTINS.has(target)) broken(`${folder}/ is pure: no Node built-in`);
          if (targetFolder !== undefined && !PURE.includes(targetFolder)) broken(`${folder}/ is pure: nothing from the host folder ${targetFolder}/`);
          if (folder === 'toml' && target.startsWith('postings/') && targetFolder !== 'toml') broken('toml/ imports nothing outside itself');
        }
      }
      if (file.startsWith('renderer/')) {
        if (BUILTINS.has(target)) broken('the renderer runs in a window: no Node built-in');
        if (target.startsWith('electron/') || target === 'electron') broken('the renderer reaches its host only through the API');
        if (targetFolder !== undefined && !PURE.includes(targetFolder) && !pureApi.has(target)) broken('the renderer may import the pure folders and the API interface only');
      }
      if (file.startsWith('electron/') && target.startsWith('renderer/')) broken('electron/ does not import the renderer');
    }
  }
  return problems;
}

describe('the layer checker', () => {
  it('catches each kind of broken layer in made-up sources', () => {
    const made: Source[] = [
      { file: 'postings/lint/a.ts', imports: ['node:fs', 'postings/repo/x.ts', 'markdown-it'] },
      { file: 'postings/toml/b.ts', imports: ['postings/file/posting-error.ts'] },
      { file: 'postings/repo/c.ts', imports: ['react', 'node:fs'] },
      { file: 'postings/api/pure.ts', imports: ['postings/lint/types.ts'] },
      { file: 'postings/api/host.ts', imports: ['postings/repo/c.ts'] },
      { file: 'renderer/src/d.ts', imports: ['postings/api/pure.ts', 'postings/api/host.ts', 'postings/cli/run.ts', 'path', 'postings/render/index.ts'] },
      { file: 'electron/main/e.ts', imports: ['renderer/src/d.ts', 'postings/repo/c.ts'] },
    ];
    expect(layerViolations(made).map((problem) => problem.split(' (')[0])).toEqual([
      'postings/lint/a.ts imports node:fs',
      'postings/lint/a.ts imports postings/repo/x.ts',
      'postings/toml/b.ts imports postings/file/posting-error.ts',
      'postings/repo/c.ts imports react',
      'renderer/src/d.ts imports postings/api/host.ts',
      'renderer/src/d.ts imports postings/cli/run.ts',
      'renderer/src/d.ts imports path',
      'electron/main/e.ts imports renderer/src/d.ts',
    ]);
  });

  it('reads every kind of import, relative ones as project paths', () => {
    const text = "import a from './a.js';\nimport type { B } from '../b/b.js';\nexport * from './c.js';\nimport 'side-effect';\nconst d = await import('node:fs');\n";
    expect(importsOf('postings/api/x.ts', text).sort()).toEqual(['node:fs', 'postings/api/a.ts', 'postings/api/c.ts', 'postings/b/b.ts', 'side-effect']);
  });
});

describe('the project keeps its layers', () => {
  const sources = [...sourcesIn('postings'), ...sourcesIn('renderer'), ...sourcesIn('electron')];

  it('has sources in every pure folder, the API and the renderer to check', () => {
    for (const folder of [...PURE.filter((name) => name !== 'export'), 'api', 'repo', 'cli']) {
      expect(sources.some((source) => folderOf(source.file) === folder), folder).toBe(true);
    }
    for (const side of ['renderer/', 'electron/']) expect(sources.some((source) => source.file.startsWith(side)), side).toBe(true);
    expect(pureApiFiles(sources).has('postings/api/api.ts')).toBe(true);
    expect(pureApiFiles(sources).has('postings/api/handlers.ts')).toBe(false);
  });

  it('breaks no layer rule', () => {
    expect(layerViolations(sources)).toEqual([]);
  });
});
