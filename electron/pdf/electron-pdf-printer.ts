import { randomBytes } from 'node:crypto';
import type { Session } from 'electron';
import { BrowserWindow, session } from 'electron';
import type { PrintOptions } from '../../postings/export/index.js';
import { electronPrintToPdfOptions } from '../../postings/export/index.js';
import type { PrintResult } from '../../postings/print/pdf-printer.js';
import { APP_SCHEME } from '../protocol/app-origin.js';
import { applySessionPolicy, cancelDownload } from '../security/session-policy.js';
import { createPrintPageHandler, PRINT_PAGE_PREFIX } from './print-page-protocol.js';

/**
 * PDFs in the app: the export's print page (postings/export toHtmlPage),
 * printed by Electron's own Chromium with webContents.printToPDF and the
 * shared print options, so the app's PDFs match the command line's. Same
 * shape as the command line's PdfPrinter. The page loads in a hidden window
 * of its own in-memory session, with JavaScript off, and every request but
 * the page itself is refused and reported.
 */
export class ElectronPdfPrinter {
  private readonly pages = new Map<string, string>();
  private printSession: Session | undefined;
  /** One page at a time: the session's request filter belongs to the page being printed. */
  private queue: Promise<unknown> = Promise.resolve();

  print(html: string, options: PrintOptions): Promise<PrintResult> {
    const job = this.queue.then(() => this.printNow(html, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async printNow(html: string, options: PrintOptions): Promise<PrintResult> {
    const printSession = this.session();
    const blockedRequests: string[] = [];
    const token = `${randomBytes(16).toString('hex')}.html`;
    this.pages.set(token, html);
    printSession.webRequest.onBeforeRequest((details, callback) => {
      const own = details.url === PRINT_PAGE_PREFIX + token;
      if (!own) blockedRequests.push(details.url);
      callback({ cancel: !own });
    });
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printSession,
        javascript: false,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await window.loadURL(PRINT_PAGE_PREFIX + token);
      const pdf = await window.webContents.printToPDF(electronPrintToPdfOptions(options));
      return { pdf: new Uint8Array(pdf), blockedRequests };
    } finally {
      this.pages.delete(token);
      printSession.webRequest.onBeforeRequest(null);
      window.destroy();
    }
  }

  private session(): Session {
    if (this.printSession === undefined) {
      const printSession = session.fromPartition('posting-desk-print', { cache: false });
      applySessionPolicy(printSession);
      printSession.on('will-download', cancelDownload);
      printSession.protocol.handle(APP_SCHEME, createPrintPageHandler(this.pages));
      this.printSession = printSession;
    }
    return this.printSession;
  }
}
