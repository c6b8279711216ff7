/**
 * The exportPosting handler: the text formats from postings/export, PDF
 * printed by the host's printer (Electron's printToPDF through
 * printPdf, else headless Chromium) from the same page and options.
 */
import { readFile } from 'node:fs/promises';
import { decodePosting } from '../file/decode.js';
import { exportText, printOptions, type PrintOptions, type TextExportFormat } from '../export/index.js';
import { contextForFile, exportBaseName, exportSetupFor, postingIdentifier } from '../print/export-context.js';
import { documentFontCss } from '../print/fonts.js';
import { ChromiumNotFound } from '../print/find-chromium.js';
import { localImageInliner } from '../print/local-images.js';
import type { PdfPrinter } from '../print/pdf-printer.js';
import { printablePage } from '../print/print-posting.js';
import { resolveInRepository } from '../repo/path-guard.js';
import { HostUnavailable } from './errors.js';
import type { ExportApi, ExportedPosting, ExportPostingArgs } from './export-posting-api.js';
import { operation } from './operation.js';

export interface ExportHostServices {
  /**
   * Prints a page (toHtmlPage's, self-contained, nothing to load) to PDF
   * with these options. Electron passes one built on webContents.printToPDF
   * with electronPrintToPdfOptions(options), in a window with JavaScript
   * off; without it the handlers start headless Chromium.
   */
  printPdf?(page: string, options: PrintOptions): Promise<Uint8Array>;
}

export interface ExportHandlers extends ExportApi {
  /** Stops the Chromium started for PDFs, if any. */
  close(): Promise<void>;
}

const EXTENSIONS: Record<ExportPostingArgs['format'], string> = { md: 'md', html: 'html', 'html-page': 'html', text: 'txt', jsonld: 'jsonld', pdf: 'pdf' };

export function createExportHandlers(root: string, services: ExportHostServices = {}): ExportHandlers {
  let printer: Promise<PdfPrinter> | undefined;
  const printWithChromium = async (page: string, options: PrintOptions): Promise<Uint8Array> => {
    printer ??= import('../print/pdf-printer.js').then(({ PdfPrinter }) => PdfPrinter.launch().catch(noChromiumIsUnavailable));
    printer.catch(() => {
      printer = undefined;
    });
    return (await (await printer).print(page, options)).pdf;
  };

  return {
    exportPosting: operation('exportPosting', (args) => exportPosting(root, args, services.printPdf ?? printWithChromium)),
    async close() {
      const running = await printer?.catch(() => undefined);
      printer = undefined;
      await running?.close();
    },
  };
}

async function exportPosting(root: string, args: ExportPostingArgs, printPdf: (page: string, options: PrintOptions) => Promise<Uint8Array>): Promise<ExportedPosting> {
  const file = resolveInRepository(root, args.path);
  const text = args.text ?? decodePosting(await readFile(file));
  const setup = exportSetupFor(root);
  const context = contextForFile(setup, file);
  const paper = args.paper ?? setup.paper;
  const identifier = postingIdentifier(root, file);
  const jobPosting = identifier === undefined ? {} : { identifier };
  const fileName = `${exportBaseName(file)}.${EXTENSIONS[args.format]}`;
  const images = localImageInliner(file, root);
  if (args.format === 'pdf') {
    const page = printablePage(text, { ...context, render: { ...context.render, remoteImages: 'placeholder' } }, { paper, jobPosting, images });
    const pdf = await printPdf(page, printOptions(paper));
    return { fileName, mediaType: 'application/pdf', encoding: 'base64', content: Buffer.from(pdf).toString('base64'), paper };
  }
  const format: TextExportFormat = args.format;
  const page = format === 'html-page' ? { fontCss: documentFontCss(`${text}${setup.context.company ?? ''}`), print: printOptions(paper) } : {};
  const result = exportText(text, format, context, { markdown: { keepFrontMatter: args.keepFrontMatter ?? false }, jobPosting, page, images });
  return { fileName, mediaType: result.mediaType, encoding: 'utf-8', content: result.content, ...(format === 'html-page' ? { paper } : {}) };
}

/** No Chromium to print with is this host's lack, not a failure of the call: the API's "unavailable". */
function noChromiumIsUnavailable(error: unknown): never {
  throw error instanceof ChromiumNotFound ? new HostUnavailable(error.message) : error;
}
