import { describe, expect, it } from 'vitest';
import { contentTypeOf } from './content-types.js';

describe('contentTypeOf', () => {
  it('names the type of each kind of file a build holds, text with its charset', () => {
    expect(contentTypeOf('/ui/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/ui/assets/index-3f9a1c2b.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/ui/assets/lint.wasm')).toBe('application/wasm');
    expect(contentTypeOf('/ui/assets/font.woff2')).toBe('font/woff2');
  });

  it('reads the extension whatever its case', () => {
    expect(contentTypeOf('/ui/LOGO.PNG')).toBe('image/png');
  });

  it('has no type, so nothing is served, for other kinds of file and files without an extension', () => {
    for (const path of ['/ui/notes.exe', '/ui/Makefile', '/ui/.env', '/ui/index.html.bak']) expect(contentTypeOf(path), path).toBeUndefined();
  });
});
