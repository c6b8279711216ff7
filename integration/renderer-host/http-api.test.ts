import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_OPERATIONS, type PostingDeskApi } from '../../postings/api/api.js';
import type { ApiDispatcher } from '../../postings/cli/serve/api-route.js';
import { startServer, type RunningServer } from '../../postings/cli/serve/http-server.js';
import { createHttpApi, type Fetch } from '../../renderer/host/http-api.js';
import { connectToHost } from '../../renderer/host/index.js';

const jsonResponse = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the HTTP transport', () => {
  it('has exactly one function per operation of the API', () => {
    const api = createHttpApi();
    expect(Object.keys(api).sort()).toEqual([...API_OPERATIONS].sort());
    for (const operation of API_OPERATIONS) expect(typeof api[operation], operation).toBe('function');
  });

  it('posts each operation’s argument as JSON to /api/<operation>', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fake: Fetch = async (url, init) => {
      seen.push({ url, init });
      return jsonResponse(200, { ok: true, value: url });
    };
    const api = createHttpApi(fake);
    const result = await api.readPosting({ path: 'content/jobs/a.md' });
    expect(result).toEqual({ ok: true, value: '/api/readPosting' });
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.body).toBe('{"path":"content/jobs/a.md"}');
    expect(new Headers(seen[0]?.init.headers).get('content-type')).toBe('application/json');
    await api.listPostings();
    expect(seen[1]?.url).toBe('/api/listPostings');
    expect(seen[1]?.init.body).toBe('{}');
  });

  it('resolves a server that is gone to an unavailable result, never a rejection', async () => {
    const api = createHttpApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await api.listPostings();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unavailable');
  });

  it('turns a lost session (401, 403) into one clear message', async () => {
    for (const status of [401, 403]) {
      const api = createHttpApi(async () => jsonResponse(status, { ok: false, error: { code: 'unauthorized', message: 'no' } }));
      const result = await api.openRepository();
      expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('posting-desk serve') } });
    }
  });

  it('passes the API’s own failures through unchanged', async () => {
    const error = { code: 'conflict', message: 'changed on disk', path: 'content/jobs/a.md' };
    const api = createHttpApi(async () => jsonResponse(200, { ok: false, error }));
    expect(await api.savePosting({ path: 'content/jobs/a.md', baseVersion: '0'.repeat(64), text: 'x' })).toEqual({ ok: false, error });
  });

  it('reports an answer that is not an API result as internal', async () => {
    for (const response of [new Response('<html>proxy error</html>', { status: 502 }), jsonResponse(200, { value: 1 }), jsonResponse(200, null)]) {
      const api = createHttpApi(async () => response);
      const result = await api.listPostings();
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('internal');
    }
  });

  it('uses the preload’s API when the desktop shell provides one', () => {
    const preload = createHttpApi(async () => jsonResponse(200, { ok: true, value: 'preload' })) as PostingDeskApi;
    expect(connectToHost({ postingDesk: preload })).toBe(preload);
    expect(Object.keys(connectToHost({}))).toEqual([...API_OPERATIONS]);
  });
});

describe('the HTTP transport against serve', () => {
  let server: RunningServer;
  const received: { operation: string; argument: unknown }[] = [];
  const dispatcher: ApiDispatcher = {
    operations: API_OPERATIONS,
    async call(operation, argument) {
      received.push({ operation, argument });
      return { ok: true, value: { echoed: argument ?? null } };
    },
  };

  beforeAll(async () => {
    server = await startServer({ api: dispatcher, staticRoot: '/nonexistent', port: 0 });
  });
  afterAll(() => server.close());

  it('reaches every operation through the real server', async () => {
    const authorized: Fetch = (url, init) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), 'X-Posting-Desk-Token': server.token } });
    const api = createHttpApi(authorized, `http://127.0.0.1:${server.port}`) as unknown as Record<string, (argument: unknown) => Promise<unknown>>;
    for (const operation of API_OPERATIONS) {
      expect(await api[operation]?.({ probe: operation }), operation).toEqual({ ok: true, value: { echoed: { probe: operation } } });
    }
    expect(received.map((call) => call.operation)).toEqual([...API_OPERATIONS]);
  });

  it('gets the lost-session message from the real server without the token', async () => {
    const result = await createHttpApi(undefined, `http://127.0.0.1:${server.port}`).listPostings();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unavailable');
  });
});
