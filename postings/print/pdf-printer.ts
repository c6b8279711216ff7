/**
 * Prints the standalone posting page to PDF with headless Chromium
 * (playwright-core, no browser download). The page can neither run nor load
 * anything: JavaScript is off, the page's Content-Security-Policy allows only
 * inline styles and data: fonts and images, and every network request is
 * aborted, so a remote image in a posting is never fetched.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { PAGE_CSP, playwrightPdfOptions, type PrintOptions } from '../export/index.js';
import { HEADLESS_CHROMIUM_ARGS } from './chromium-args.js';
import { findChromium } from './find-chromium.js';

export const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  '--disable-extensions',
  '--disable-dev-shm-usage',
  // Belt and braces to the aborted requests: a connection Chromium opens on its own (a preconnect, a DNS prefetch)
  // would go to a proxy that is not there, never to a host a posting names.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--dns-prefetch-disable',
];

/** The page's own address: never on the network, answered from memory. */
const PAGE_URL = 'https://posting-desk.invalid/print.html';

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried to make and that were refused. */
  blockedRequests: string[];
}

/**
 * One running Chromium and one page, reused for every PDF of a batch (a new
 * renderer per PDF costs more than the printing). Prints run one at a time.
 */
export class PdfPrinter {
  private page: Promise<Page> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private current: { html: string; blocked: string[] } | undefined;
  private printed = 0;

  private constructor(
    private readonly browser: Browser,
    readonly executablePath: string,
  ) {}

  static async launch(executablePath: string = findChromium()): Promise<PdfPrinter> {
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    return new PdfPrinter(browser, executablePath);
  }

  print(html: string, options: PrintOptions): Promise<PrintResult> {
    const job = this.queue.then(() => this.printNow(html, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async printNow(html: string, options: PrintOptions): Promise<PrintResult> {
    const page = await this.openPage();
    const blockedRequests: string[] = [];
    this.current = { html, blocked: blockedRequests };
    try {
      // A new address each time, so the page is always loaded afresh from this html.
      this.printed += 1;
      await page.goto(`${PAGE_URL}?${this.printed}`, { waitUntil: 'load' });
      const pdf = await page.pdf(playwrightPdfOptions(options));
      return { pdf: new Uint8Array(pdf), blockedRequests };
    } finally {
      this.current = undefined;
    }
  }

  private openPage(): Promise<Page> {
    this.page ??= (async () => {
      const context = await this.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false });
      await context.route('**/*', async (route) => {
        const request = route.request();
        const current = this.current;
        if (current && request.url().startsWith(`${PAGE_URL}?`) && request.isNavigationRequest() && request.frame().parentFrame() === null) {
          await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': PAGE_CSP }, body: current.html });
          return;
        }
        current?.blocked.push(request.url());
        // A navigation away (a meta refresh, a link) answered "204 No Content" leaves the page where it is;
        // aborted, it would replace the page with an error page mid-print.
        if (request.isNavigationRequest()) await route.fulfill({ status: 204, body: '' });
        else await route.abort('blockedbyclient');
      });
      return context.newPage();
    })();
    this.page.catch(() => {
      this.page = undefined;
    });
    return this.page;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
