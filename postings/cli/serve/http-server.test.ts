import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, removeTempFolders } from '../../test-support/temp-site.js';
import type { ApiDispatcher } from './api-route.js';
import { startServer, PortInUseError, type RunningServer } from './http-server.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so the test controls every header, Host included. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

const calls: { operation: string; argument: unknown }[] = [];
const api: ApiDispatcher = {
  operations: ['listPostings', 'readPosting', 'explode'],
  async call(operation, argument) {
    calls.push({ operation, argument });
    if (operation === 'explode') throw new Error('handler bug');
    return { ok: true, value: { operation, argument } };
  },
};

let server: RunningServer;
let cookie: string;
let root: string;

beforeAll(async () => {
  root = makeTempFolder();
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>the built UI</title>');
  writeFileSync(join(root, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'lint.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(root, '.secret'), 'dot file');
  writeFileSync(join(makeTempFolder(), 'outside.html'), 'outside');
  server = await startServer({ api, staticRoot: root, port: 0, bodyLimit: 1024 });
  cookie = `posting-desk-${server.port}=${server.token}`;
});

afterAll(async () => {
  await server.close();
  removeTempFolders();
});

const json = { 'Content-Type': 'application/json' };

describe('the address and the token', () => {
  it('listens on 127.0.0.1 and prints an address that carries a long random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('trades the token in the address for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const reply = await send(server.port, { path: `/?token=${server.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const setCookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toBe(`posting-desk-${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('refuses a wrong token in the address without setting a cookie', async () => {
    const reply = await send(server.port, { path: `/?token=${server.token.slice(0, -1)}x` });
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('serves no page without the cookie', async () => {
    const reply = await send(server.port, { path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('the built UI');
  });

  it('answers no API call without the token, with a JSON error', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: json, body: '{}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('answers no API call with a wrong cookie or a cookie of another port', async () => {
    for (const wrong of [`posting-desk-${server.port}=nope`, `posting-desk-${server.port + 1}=${server.token}`, `x=${server.token}`]) {
      const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: { ...json, Cookie: wrong }, body: '{}' });
      expect(reply.status, wrong).toBe(401);
    }
    expect(calls.filter((call) => call.operation === 'listPostings')).toHaveLength(0);
  });

  it('ignores a token in the address of an API call', async () => {
    const reply = await send(server.port, { method: 'POST', path: `/api/listPostings?token=${server.token}`, headers: json, body: '{}' });
    expect(reply.status).toBe(401);
  });
});

describe('requests from elsewhere', () => {
  it('refuses a foreign Host even with the cookie (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `0.0.0.0:${server.port}`]) {
      const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: { ...json, Cookie: cookie, Host: host }, body: '{}' });
      expect(reply.status, host).toBe(403);
      expect(JSON.parse(reply.body).error.code).toBe('forbidden');
    }
  });

  it('refuses a page of a foreign Host too', async () => {
    const reply = await send(server.port, { path: `/?token=${server.token}`, headers: { Host: 'rebound.example' } });
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a foreign Origin even with the cookie', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: { ...json, Cookie: cookie, Origin: origin }, body: '{}' });
      expect(reply.status, origin).toBe(403);
    }
    expect(calls.filter((call) => call.operation === 'listPostings')).toHaveLength(0);
  });

  it('refuses what the browser marks as coming from another site', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: { ...json, Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('accepts its own Origin, by address or as localhost', async () => {
    for (const [host, origin] of [[`127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}`], [`localhost:${server.port}`, `http://localhost:${server.port}`]] as const) {
      const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: { ...json, Cookie: cookie, Host: host, Origin: origin, 'Sec-Fetch-Site': 'same-origin' }, body: '{}' });
      expect(reply.status, origin).toBe(200);
    }
  });
});

describe('the API', () => {
  it('calls the operation with the JSON body as its argument and returns its result', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/api/readPosting', headers: { ...json, Cookie: cookie }, body: '{"path":"content/jobs/a.md"}' });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { operation: 'readPosting', argument: { path: 'content/jobs/a.md' } } });
  });

  it('accepts the token header instead of the cookie', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/api/listPostings', headers: { ...json, 'X-Posting-Desk-Token': server.token }, body: '' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value).toEqual({ operation: 'listPostings' });
  });

  it('refuses a body over the limit with 413 before calling anything', async () => {
    const before = calls.length;
    const reply = await send(server.port, { method: 'POST', path: '/api/readPosting', headers: { ...json, Cookie: cookie }, body: JSON.stringify({ text: 'x'.repeat(2000) }) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('too-large');
    expect(calls.length).toBe(before);
  });

  it('refuses a chunked body that grows over the limit', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/api/readPosting', headers: { ...json, Cookie: cookie, 'Transfer-Encoding': 'chunked' }, body: 'x'.repeat(5000) });
    expect(reply.status).toBe(413);
  });

  it('refuses bodies that are not JSON, and other methods', async () => {
    const notJson = await send(server.port, { method: 'POST', path: '/api/readPosting', headers: { ...json, Cookie: cookie }, body: '{"path":' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('invalid-argument');
    // A cross-site form can send text/plain without asking first; the API never reads it.
    const formType = await send(server.port, { method: 'POST', path: '/api/readPosting', headers: { 'Content-Type': 'text/plain', Cookie: cookie }, body: '{}' });
    expect(formType.status).toBe(415);
    const get = await send(server.port, { path: '/api/listPostings', headers: { Cookie: cookie } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('answers an unknown operation with not-found, never reaching an inherited property', async () => {
    for (const name of ['deleteEverything', 'constructor', '__proto__', 'toString', '']) {
      const reply = await send(server.port, { method: 'POST', path: `/api/${name}`, headers: { ...json, Cookie: cookie }, body: '{}' });
      expect(reply.status, name).toBe(404);
      expect(JSON.parse(reply.body).error.code).toBe('not-found');
    }
  });

  it('turns a handler that throws into a JSON internal error', async () => {
    const reply = await send(server.port, { method: 'POST', path: '/api/explode', headers: { ...json, Cookie: cookie }, body: '{}' });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('handler bug') } });
  });
});

describe('the built UI', () => {
  it('serves index.html for / with the security headers and no caching', async () => {
    const reply = await send(server.port, { path: '/', headers: { Cookie: cookie } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<!doctype html><title>the built UI</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('sends every file with its MIME type', async () => {
    const types = { '/assets/index-AbCdEf12.js': 'text/javascript; charset=utf-8', '/assets/style.css': 'text/css; charset=utf-8', '/assets/lint.wasm': 'application/wasm' };
    for (const [path, type] of Object.entries(types)) {
      const reply = await send(server.port, { path, headers: { Cookie: cookie } });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
    }
  });

  it('sends nothing outside the UI folder, no dot file, no unknown type', async () => {
    for (const path of ['/../outside.html', '/%2e%2e/outside.html', '/assets/..%2f..%2fetc%2fpasswd', '/.secret', '/assets%5c..%5c.secret', '/missing.js', '/%00', '/%E0%A4%A']) {
      const reply = await send(server.port, { path, headers: { Cookie: cookie } });
      expect(reply.status, path).toBe(404);
    }
  });

  it('refuses to change pages', async () => {
    const reply = await send(server.port, { method: 'PUT', path: '/index.html', headers: { Cookie: cookie }, body: 'x' });
    expect(reply.status).toBe(405);
  });
});

describe('the policy', () => {
  it('lets only our own scripts run: no eval, no inline script, no remote origin', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });
});

describe('who can reach it', () => {
  // Another address of this machine stands for the network: serve must not answer there.
  const outward = Object.values(networkInterfaces()).flat().find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal);
  it.skipIf(outward === undefined)('does not listen on the machine’s network address', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: outward?.address as string, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });
});

describe('the port', () => {
  it('reports a port in use in words, naming --port', async () => {
    const error = await startServer({ api, staticRoot: root, port: server.port }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toContain(`Port ${server.port} is already in use`);
    expect((error as Error).message).toContain('--port 0');
  });
});
