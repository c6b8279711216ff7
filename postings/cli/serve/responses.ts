import type { ServerResponse } from 'node:http';

/** Codes of refusals that happen before an operation runs; the operations' own codes come from the API. */
export type TransportErrorCode = 'unauthorized' | 'forbidden' | 'too-large' | 'invalid-argument' | 'not-found' | 'internal';

/** A JSON reply; the API is never cached. */
export function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/** A refusal in the API's error shape, so the page can show it like any other failure. */
export function sendError(response: ServerResponse, status: number, code: TransportErrorCode, message: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { ok: false, error: { code, message } }, headers);
}

/** A short page for people who open the address by hand. */
export function sendPage(response: ServerResponse, status: number, title: string, text: string): void {
  const body = Buffer.from(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>${text}</p></html>\n`,
    'utf8',
  );
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), 'Cache-Control': 'no-store' });
  response.end(body);
}
