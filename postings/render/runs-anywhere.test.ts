import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { HUGO_DEFAULT_SETTINGS, renderPosting } from './index.js';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../../shared/fixtures/senior-backend-engineer.md', import.meta.url));

describe('the rendering pipeline runs in a window or a worker as it runs in Node', () => {
  it('bundles for the browser and renders the same in a realm with only what a worker has (no Node globals, no DOM)', async () => {
    // A browser bundle fails to build if anything imports a Node built-in.
    const bundle = await build({ entryPoints: [ENTRY], bundle: true, write: false, platform: 'browser', format: 'iife', globalName: 'render', logLevel: 'silent' });
    const code = bundle.outputFiles[0]?.text ?? '';
    // JavaScript's own globals plus the few Web APIs every window and worker has; no process, Buffer, require or document.
    const realm = createContext({ atob, btoa, TextEncoder, TextDecoder, URL });
    runInContext(`${code}\nglobalThis.render = render;`, realm);
    const body = readFileSync(FIXTURE, 'utf8').replace(/^\+\+\+[\s\S]*?\n\+\+\+\n/, '');
    const settings = { ...HUGO_DEFAULT_SETTINGS, unsafe: true };
    const inRealm = runInContext(`render.renderPosting(${JSON.stringify(body)}, ${JSON.stringify(settings)})`, realm) as { html: string };
    expect(inRealm.html.length).toBeGreaterThan(1000);
    expect(inRealm.html).toBe(renderPosting(body, settings).html);
    expect(runInContext('typeof process + typeof document + typeof Buffer', realm)).toBe('undefinedundefinedundefined');
  });
});
