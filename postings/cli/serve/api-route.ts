import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError, sendJson } from './responses.js';

/** What the server calls: the API's operations by name. The handlers validate their argument and never throw. */
export interface ApiDispatcher {
  readonly operations: readonly string[];
  call(operation: string, argument: unknown): Promise<unknown>;
}

/** Past this a posting is not a posting; 8 MiB leaves room for a very long one as JSON. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

class BodyTooLarge extends Error {}

/** POST /api/<operation> with a JSON body: the one argument object (an empty body means no argument). */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  operation: string,
  api: ApiDispatcher,
  bodyLimit: number,
): Promise<void> {
  if (request.method !== 'POST') {
    request.resume();
    sendError(response, 405, 'invalid-argument', 'The API answers POST requests only', { Allow: 'POST' });
    return;
  }
  // Only JSON: a form on another page cannot send it without a CORS preflight, which we never grant.
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    request.resume();
    sendError(response, 415, 'invalid-argument', 'The API accepts JSON bodies only (Content-Type: application/json)');
    return;
  }
  if (!api.operations.includes(operation)) {
    request.resume();
    sendError(response, 404, 'not-found', `There is no operation “${operation}”`);
    return;
  }
  let text: string;
  try {
    text = await readBody(request, bodyLimit);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      sendError(response, 413, 'too-large', `The request is larger than ${Math.round(bodyLimit / 1024 / 1024)} MiB`, { Connection: 'close' });
      return;
    }
    throw error;
  }
  let argument: unknown;
  try {
    argument = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    sendError(response, 400, 'invalid-argument', 'The request body is not valid JSON');
    return;
  }
  let result: unknown;
  try {
    result = await api.call(operation, argument);
  } catch (error) {
    // Handlers report failures as results; a throw is a bug, reported without its stack.
    sendError(response, 500, 'internal', `Something went wrong in “${operation}”: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  sendJson(response, 200, result);
}

/** The body as UTF-8, refusing it as soon as it is declared or grows larger than the limit. */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}
