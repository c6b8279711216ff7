/** A posting file's text to PDF: the export document, its print page with the shipped fonts, Chromium. */
import { buildExportDocument, jobPosting, printOptions, toHtmlPage, type ExportContext, type JobPostingOptions, type PaperSize } from '../export/index.js';
import { inlineImages, type ImageInliner } from '../export/inline-images.js';
import { documentFontCss } from './fonts.js';
import type { PdfPrinter, PrintResult } from './pdf-printer.js';

export interface PrintPostingOptions {
  paper: PaperSize;
  jobPosting?: JobPostingOptions;
  /** The posting's own images as data: URLs (localImageInliner), so the page shows them and still loads nothing. */
  images?: ImageInliner;
}

/** The page the PDF is printed from (Electron's printToPDF loads the same page). */
export function printablePage(text: string, context: ExportContext, options: PrintPostingOptions): string {
  const built = buildExportDocument(text, context);
  const ld = jobPosting(built, options.jobPosting);
  const document = options.images ? { ...built, bodyHtml: inlineImages(built.bodyHtml, options.images) } : built;
  return toHtmlPage(document, { print: printOptions(options.paper), fontCss: documentFontCss(`${text}${context.company ?? ''}`), jsonLd: { ld } });
}

export async function printPosting(printer: PdfPrinter, text: string, context: ExportContext, options: PrintPostingOptions): Promise<PrintResult> {
  // Printing needs no remote image: the page shows the preview's placeholder instead.
  const page = printablePage(text, { ...context, render: { ...context.render, remoteImages: 'placeholder' } }, options);
  return printer.print(page, printOptions(options.paper));
}
