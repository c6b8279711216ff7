/**
 * Export: one document builder, every format. Pure: runs in Node, in the
 * window (the Export button, "Copy as rich text") and in a worker. PDF
 * printing is host-side (postings/print/, Electron's printToPDF) from the
 * page toHtmlPage builds, with the shared print options.
 */
import { buildExportDocument, type ExportContext } from './document.js';
import { toHtmlArticle, toHtmlFragment, toHtmlPage, type HtmlPageOptions } from './html-export.js';
import { jobPosting, type JobPostingOptions } from './job-posting.js';
import { toMarkdown, type MarkdownExportOptions } from './markdown-export.js';
import { scriptSafeJson } from './escape.js';
import { inlineImages, type ImageInliner } from './inline-images.js';
import { toPlainText } from './text-export.js';

export { buildExportDocument, type ExportContext, type ExportDocument } from './document.js';
export { postingFacts, type PayFacts, type PayUnit, type PostingFacts, type Workplace } from './facts.js';
export { keyDetails, formatDate, formatPay, localeOf, type KeyDetail } from './key-details.js';
export { toMarkdown, markdownHeader, type MarkdownExportOptions } from './markdown-export.js';
export { toPlainText } from './text-export.js';
export { toHtmlFragment, toHtmlArticle, toHtmlPage, PAGE_CSP, type HtmlPageOptions } from './html-export.js';
export { jobPosting, jobPostingScript, employmentTypeCode, isoDate, type JobPostingLd, type JobPostingOptions } from './job-posting.js';
export { checkJobPosting, REQUIRED_PROPERTIES, RECOMMENDED_PROPERTIES, type JobPostingProblem, type JobPostingProperty } from './job-posting-check.js';
export {
  defaultPaper, parsePaper, printOptions, playwrightPdfOptions, electronPrintToPdfOptions, PAPER_MM, type PaperSize, type PrintOptions,
} from './print-options.js';
export { documentStylesheet, DOCUMENT_FONT } from './print-style.js';
export { escapeHtml, scriptSafeJson } from './escape.js';
export { inlineImages, isLocalImageSource, type ImageInliner } from './inline-images.js';

/**
 * What "Copy as rich text" puts on the clipboard: the article (title, key
 * details, text) as HTML, and the same as plain text for targets that take
 * no formatting.
 */
export function clipboardExport(text: string, context: ExportContext): { html: string; plain: string } {
  const document = buildExportDocument(text, context);
  return { html: toHtmlArticle(document), plain: toPlainText(document) };
}

/** The formats that are text (PDF is printed from 'html-page' by the host). */
export type TextExportFormat = 'md' | 'text' | 'html' | 'html-page' | 'jsonld';

export const TEXT_EXPORT_FORMATS: readonly TextExportFormat[] = ['md', 'text', 'html', 'html-page', 'jsonld'];

export interface TextExportOptions {
  markdown?: MarkdownExportOptions;
  page?: HtmlPageOptions;
  jobPosting?: JobPostingOptions;
  /** For 'html-page': the posting's own images as data: URLs, so the page is whole on its own. */
  images?: ImageInliner;
}

export interface TextExport {
  content: string;
  /** For a download or the clipboard. */
  mediaType: string;
  /** The file name's ending, without the dot. */
  extension: string;
}

const MEDIA: Record<TextExportFormat, { mediaType: string; extension: string }> = {
  md: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
  text: { mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html' },
  'html-page': { mediaType: 'text/html; charset=utf-8', extension: 'html' },
  jsonld: { mediaType: 'application/ld+json', extension: 'jsonld' },
};

/** A posting file's text in one of the text formats. Throws PostingError for details that cannot be read. */
export function exportText(text: string, format: TextExportFormat, context: ExportContext, options: TextExportOptions = {}): TextExport {
  const document = buildExportDocument(text, context);
  return { content: formatDocument(document, format, options), ...MEDIA[format] };
}

function formatDocument(document: ReturnType<typeof buildExportDocument>, format: TextExportFormat, options: TextExportOptions): string {
  switch (format) {
    case 'md':
      return toMarkdown(document, options.markdown);
    case 'text':
      return toPlainText(document);
    case 'html':
      return toHtmlFragment(document);
    case 'html-page': {
      // The JSON-LD describes the published page: its images stay addresses, not the inlined data.
      const ld = jobPosting(document, options.jobPosting);
      const page = options.images ? { ...document, bodyHtml: inlineImages(document.bodyHtml, options.images) } : document;
      return toHtmlPage(page, { jsonLd: { ld }, ...options.page });
    }
    case 'jsonld':
      return `${scriptSafeJson(jobPosting(document, options.jobPosting))}\n`;
  }
}
