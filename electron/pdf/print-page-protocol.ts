import { PAGE_CSP } from '../../postings/export/index.js';

/** Where the print page loads from, in the print session only. */
export const PRINT_PAGE_PREFIX = 'app://posting-desk/print/';

/**
 * The print session's protocol handler: answers the one page being printed
 * (by its random token) with the export's own page CSP (no script, no
 * remote anything), and nothing else.
 */
export function createPrintPageHandler(pages: ReadonlyMap<string, string>): (request: Request) => Response {
  return (request) => {
    const token = request.method === 'GET' && request.url.startsWith(PRINT_PAGE_PREFIX) ? request.url.slice(PRINT_PAGE_PREFIX.length) : undefined;
    const html = token === undefined ? undefined : pages.get(token);
    const headers = { 'Content-Security-Policy': PAGE_CSP, 'X-Content-Type-Options': 'nosniff' };
    if (html === undefined) return new Response('Not found.', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(html, { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  };
}
