/**
 * Prints the standalone posting page to PDF with headless Chromium
 * (playwright-core, no browser download). The page can neither run nor load
 * anything: JavaScript is off, the page's Content-Security-Policy allows only
 * inline styles and data: fonts and images, and every network request is
 * aborted, so a remote image in a posting is never fetched.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PAGE_CSP, playwrightPdfOptions, type PrintOptions } from '../export/index.js';
import { findChromium } from './find-chromium.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--disable-dev-shm-usage',
];

/** The page's own address: never on the network, answered from memory. */
const PAGE_URL = 'https://posting-desk.invalid/print.html';

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried to make and that were refused. */
  blockedRequests: string[];
}

/** One running Chromium, reused for every PDF of a batch. */
export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    readonly executablePath: string,
  ) {}

  static async launch(executablePath: string = findChromium()): Promise<PdfPrinter> {
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    return new PdfPrinter(browser, executablePath);
  }

  async print(html: string, options: PrintOptions): Promise<PrintResult> {
    const context = await this.newContext();
    const blockedRequests: string[] = [];
    try {
      await context.route('**/*', async (route) => {
        const request = route.request();
        if (request.url() === PAGE_URL && request.isNavigationRequest() && request.frame().parentFrame() === null) {
          await route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'Content-Security-Policy': PAGE_CSP },
            body: html,
          });
          return;
        }
        blockedRequests.push(request.url());
        await route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      const pdf = await page.pdf(playwrightPdfOptions(options));
      return { pdf: new Uint8Array(pdf), blockedRequests };
    } finally {
      await context.close();
    }
  }

  private newContext(): Promise<BrowserContext> {
    return this.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false, offline: false });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
