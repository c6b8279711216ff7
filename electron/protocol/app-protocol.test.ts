import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp.js';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol.js';

let folder: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'posting-desk-protocol-'));
  const renderer = join(folder, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Posting Desk</title>');
  writeFileSync(join(renderer, 'assets', 'index-3f9a1c2b.js'), 'export {};');
  writeFileSync(join(renderer, 'assets', 'lint.worker-aa11bb22.js'), 'self.onmessage = () => {};');
  writeFileSync(join(renderer, 'assets', 'notes.exe'), 'MZ');
  writeFileSync(join(renderer, '.env'), 'SECRET=1');
  writeFileSync(join(folder, 'secret.txt'), 'not for the page');
  symlinkSync(join(folder, 'secret.txt'), join(renderer, 'assets', 'leak.txt'));
  serve = createAppProtocolHandler(renderer);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme with fetch, and never bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeUndefined();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowExtensions).toBeUndefined();
  });

  it('serves the page with the CSP and the other security headers', async () => {
    const response = await get('app://posting-desk/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Posting Desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves the page for the bare origin, and scripts as JavaScript with the CSP too', async () => {
    expect(await (await get('app://posting-desk/')).text()).toContain('Posting Desk');
    const script = await get('app://posting-desk/assets/lint.worker-aa11bb22.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://posting-desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://posting-desk/../secret.txt',
    'app://posting-desk/%2e%2e/secret.txt',
    'app://posting-desk/assets/%2e%2e%2f..%2fsecret.txt',
    'app://posting-desk/assets/..%2F..%2Fsecret.txt',
    'app://posting-desk/..%5csecret.txt',
    'app://posting-desk/%252e%252e/secret.txt',
    'app://posting-desk/assets%00/index.html',
    'app://posting-desk/assets/leak.txt',
    'app://posting-desk/.env',
    'app://posting-desk/assets/notes.exe',
    'app://posting-desk/assets',
    'app://posting-desk/missing.js',
    'app://posting-desk/%E0%A4%A',
    'app://other-host/index.html',
    'app://posting-desk.example/index.html',
  ])('refuses %s with a 404 that still carries the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    expect((await get('app://posting-desk/index.html', method)).status).toBe(405);
  });
});
