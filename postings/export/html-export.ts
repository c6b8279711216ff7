/**
 * HTML exports: the fragment the preview shows, an article with the title
 * and key details for pasting as rich text, and a standalone page with the
 * print stylesheet that the PDF is printed from.
 */
import { linkedBody, type ExportDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { jobPosting, jobPostingScript, type JobPostingLd, type JobPostingOptions } from './job-posting.js';
import { defaultPaper, printOptions, type PrintOptions } from './print-options.js';
import { documentStylesheet } from './print-style.js';

/** The sanitized fragment of the text, exactly as the preview renders it. */
export function toHtmlFragment(document: ExportDocument): string {
  return document.bodyHtml;
}

function headerHtml(document: ExportDocument): string {
  const company = document.company ? `<p class="company">${escapeHtml(document.company)}</p>\n` : '';
  const details = document.details.length
    ? `\n<dl class="key-details">\n${document.details.map((detail) => `<dt>${escapeHtml(detail.label)}</dt><dd>${escapeHtml(detail.value)}</dd>`).join('\n')}\n</dl>`
    : '';
  return `<header class="posting-header">\n${company}<h1>${escapeHtml(document.title)}</h1>${details}\n</header>`;
}

/**
 * Title, key details and text as one article: what "Copy as rich text" puts
 * on the clipboard. A link the sanitizer disarmed (`href=""`) becomes plain
 * text here, or on paper and in a pasted copy it would point at the page itself.
 */
export function toHtmlArticle(document: ExportDocument): string {
  const body = linkedBody(document).trim().replace(/<a href=""(?=[\s>])/g, '<a');
  return `<article class="posting">\n${headerHtml(document)}\n${body}\n</article>\n`;
}

/**
 * Nothing in the page may run or load anything: no scripts, no network,
 * images only when inlined as data: URLs, fonts only from data: URLs.
 */
export const PAGE_CSP = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface HtmlPageOptions {
  print?: PrintOptions;
  /** @font-face rules with data: URLs (postings/print/fonts.ts builds them); without them the system's sans-serif is used. */
  fontCss?: string;
  /** Put the JobPosting JSON-LD in the page's head (default true): made from the document, with these options, or given whole. */
  jsonLd?: boolean | JobPostingOptions | { ld: JobPostingLd };
}

export function toHtmlPage(document: ExportDocument, options: HtmlPageOptions = {}): string {
  const print = options.print ?? printOptions(defaultPaper(document.languageCode));
  const footer = document.company ? `${document.company} · ${document.title}` : document.title;
  const lang = document.languageCode ? ` lang="${escapeHtml(document.locale)}"` : '';
  const given = options.jsonLd;
  const ld =
    given === false
      ? ''
      : `\n${jobPostingScript(typeof given === 'object' && 'ld' in given ? given.ld : jobPosting(document, typeof given === 'object' ? given : {}))}`;
  return `<!DOCTYPE html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(document.title)}</title>
<style>
${options.fontCss ?? ''}
${documentStylesheet(print, footer)}</style>${ld}
</head>
<body>
${toHtmlArticle(document)}</body>
</html>
`;
}
