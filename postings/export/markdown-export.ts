/** Markdown for job boards: `# Title`, the key details, then the text. */
import { linkedBody, type ExportDocument } from './document.js';
import { escapeText, htmlToMarkdown } from './html-to-markdown.js';

export interface MarkdownExportOptions {
  /** Keep the posting's front matter at the top (job boards do not want it; a Hugo site does). */
  keepFrontMatter?: boolean;
}

/** The key details as a Markdown list ("- **Pay:** $70,000–$85,000 a year"). */
export function markdownHeader(document: ExportDocument): string {
  const lines = [`# ${escapeText(document.title, document.render.typographer).replace(/^(\s*)#/, '$1\\#')}`];
  const details = [
    ...(document.company ? [{ label: 'Company', value: document.company }] : []),
    ...document.details,
  ];
  if (details.length > 0) lines.push('', ...details.map((detail) => `- **${escapeText(detail.label, document.render.typographer)}:** ${escapeText(detail.value, document.render.typographer)}`));
  return lines.join('\n');
}

export function toMarkdown(document: ExportDocument, options: MarkdownExportOptions = {}): string {
  const body = htmlToMarkdown(linkedBody(document), { typographer: document.render.typographer });
  const front = options.keepFrontMatter && document.frontMatterText ? `${document.frontMatterText.replace(/\r?\n?$/, '')}\n\n` : '';
  return `${front}${markdownHeader(document)}\n\n${body}`.replace(/\n+$/, '\n');
}
