import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BODY_LIMIT, handleApiRequest, type ApiDispatcher } from './api-route.js';
import { foreignRequestReason } from './request-origin.js';
import { sendError, sendPage } from './responses.js';
import { setSecurityHeaders } from './security-headers.js';
import { createToken, isAuthorized, sessionCookie, tokensMatch } from './session-token.js';
import { sendStaticFile } from './static-files.js';

export interface ServeOptions {
  api: ApiDispatcher;
  /** The built UI (dist/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  bodyLimit?: number;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The address to open: it carries the token, which the page trades for a cookie. */
  url: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** Serves the UI and its API on 127.0.0.1 only; every request needs the token and must come from our own page. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? createToken();
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response, { ...options, token, bodyLimit, port }).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, 'internal', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
      else response.destroy();
    });
  });
  port = await listen(server, options.port);
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => closeServer(server),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Required<ServeOptions>): Promise<void> {
  setSecurityHeaders(response);
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
  const foreign = foreignRequestReason(request.headers, context.port);
  if (foreign !== undefined) {
    request.resume();
    if (isApi) sendError(response, 403, 'forbidden', `Refused: ${foreign}`);
    else sendPage(response, 403, 'Refused', `Posting Desk refused this request: ${foreign}.`);
    return;
  }
  const given = url.searchParams.get('token');
  if (!isApi && given !== null && (request.method === 'GET' || request.method === 'HEAD')) {
    request.resume();
    if (!tokensMatch(given, context.token)) {
      sendPage(response, 403, 'Wrong link', 'This link is not valid (any more). Open the address that “posting-desk serve” printed.');
      return;
    }
    // Trade the token for a cookie scripts cannot read, and take it out of the address bar and history.
    url.searchParams.delete('token');
    response.writeHead(303, { 'Set-Cookie': sessionCookie(context.port, context.token), Location: `${url.pathname}${url.search}`, 'Cache-Control': 'no-store' });
    response.end();
    return;
  }
  if (!isAuthorized(request.headers, context.port, context.token)) {
    request.resume();
    if (isApi) sendError(response, 401, 'unauthorized', 'Open Posting Desk with the address that “posting-desk serve” printed');
    else sendPage(response, 401, 'Posting Desk', 'Open the address that “posting-desk serve” printed (it carries a secret key).');
    return;
  }
  if (isApi) {
    await handleApiRequest(request, response, url.pathname.slice('/api/'.length), context.api, context.bodyLimit);
    return;
  }
  request.resume();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendPage(response, 405, 'Not allowed', 'Pages can only be read.');
    return;
  }
  sendStaticFile(response, context.staticRoot, url.pathname, request.method === 'HEAD');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') reject(new PortInUseError(`Port ${port} is already in use by another program: choose another with --port N, or --port 0 for any free port`));
      else if (error.code === 'EACCES') reject(new PortInUseError(`Port ${port} needs special permission on this system: choose a port above 1023, or --port 0 for any free port`));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
