import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../postings/export/index.js';
import { createPrintPageHandler, PRINT_PAGE_PREFIX } from './print-page-protocol.js';

describe('the print page protocol', () => {
  const handler = createPrintPageHandler(new Map([['abc123.html', '<h1>Data Analyst</h1>']]));

  it('serves the page being printed under its token, with the export’s page CSP', async () => {
    const response = handler(new Request(`${PRINT_PAGE_PREFIX}abc123.html`));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>Data Analyst</h1>');
    expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'none'");
  });

  it.each([`${PRINT_PAGE_PREFIX}other.html`, 'app://posting-desk/index.html', `${PRINT_PAGE_PREFIX}abc123.html/../x`, 'app://posting-desk/print/'])('serves nothing else (%s)', async (url) => {
    const response = handler(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP);
  });

  it('refuses anything but GET', () => {
    expect(handler(new Request(`${PRINT_PAGE_PREFIX}abc123.html`, { method: 'POST', body: 'x' })).status).toBe(404);
  });
});
