import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { isInside } from '../../postings/repo/path-guard.js';
import { contentTypeOf } from '../../postings/cli/serve/content-types.js';
import { staticFilePath } from '../../postings/cli/serve/static-files.js';
import { CONTENT_SECURITY_POLICY } from '../security/csp.js';
import { APP_SCHEME, isAppUrl } from './app-origin.js';

/**
 * Registered before the app is ready. standard: real origins and relative
 * URLs; secure: counts as a secure context like https:; supportFetchAPI and
 * corsEnabled: module scripts and the lint worker load from it. Not
 * bypassCSP, not service workers, not extensions.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** Headers on every answer, files and refusals alike. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()',
  };
}

/**
 * The protocol.handle handler: serves the built renderer (one folder) to the
 * app's windows. Only GET and HEAD, only app://posting-desk/, only files
 * inside the folder (no "..", encoded separators, dot files, or symbolic
 * links leading out), only the kinds of file a build holds.
 */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Only reading is allowed here.');
    if (!isAppUrl(request.url)) return refusal(404, 'Not found.');
    const file = servableFile(rendererRoot, new URL(request.url).pathname);
    if (file === undefined) return refusal(404, 'Not found.');
    const headers = { ...securityHeaders(), 'Content-Type': file.type, 'Cache-Control': 'no-cache' };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(new Uint8Array(await readFile(file.path)), { status: 200, headers });
  };
}

function servableFile(root: string, urlPath: string): { path: string; type: string } | undefined {
  const path = staticFilePath(root, urlPath === '/' ? '/index.html' : urlPath);
  if (path === undefined) return undefined;
  const type = contentTypeOf(path);
  if (type === undefined) return undefined;
  try {
    // Synchronous: Electron reads these inside app.asar for sure.
    const realRoot = realpathSync(root);
    const realFile = realpathSync(path);
    if (!isInside(realRoot, realFile) || !statSync(realFile).isFile()) return undefined;
    return { path: realFile, type };
  } catch {
    return undefined;
  }
}

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
