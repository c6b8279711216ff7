import { API_OPERATIONS, type ApiError, type ApiOperation, type ApiResult, type PostingDeskApi } from '../../postings/api/api.js';

/** The fetch the transport uses; tests pass their own. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * PostingDeskApi over `posting-desk serve`: POST /api/<operation> with the
 * argument object as JSON, answered with an ApiResult. The session cookie
 * (HttpOnly, set when the page opened) goes along by itself; nothing here
 * sees the token. Never rejects: a server that is gone or an answer that is
 * not ours becomes an 'unavailable' or 'internal' result.
 */
export function createHttpApi(fetchImpl: Fetch = (input, init) => fetch(input, init), base = ''): PostingDeskApi {
  const call = (operation: ApiOperation) => (argument?: unknown) => post(fetchImpl, `${base}/api/${operation}`, argument ?? {});
  return Object.fromEntries(API_OPERATIONS.map((operation) => [operation, call(operation)])) as unknown as PostingDeskApi;
}

async function post(fetchImpl: Fetch, url: string, argument: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(argument),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return failure('unavailable', 'Posting Desk’s server is not running. Start “posting-desk serve” again and open the address it prints.');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure('internal', `The server answered something unexpected (HTTP ${response.status}).`);
  }
  if (isApiResult(body)) {
    // The server's own refusals (no cookie, another site) carry codes outside the API's; HR staff need one thing to do.
    if (!body.ok && (response.status === 401 || response.status === 403)) {
      return failure('unavailable', 'This page is no longer connected to Posting Desk. Open the address that “posting-desk serve” printed.');
    }
    if (!body.ok && response.status === 413) return failure('invalid-argument', 'This posting is too large to send.');
    return body;
  }
  return failure('internal', `The server answered something unexpected (HTTP ${response.status}).`);
}

function failure(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.ok === true) return 'value' in record;
  if (record.ok !== false || typeof record.error !== 'object' || record.error === null) return false;
  const error = record.error as Record<string, unknown>;
  return typeof error.code === 'string' && typeof error.message === 'string';
}
