/** Plain text for application forms that take no formatting. */
import { linkedBody, type ExportDocument } from './document.js';
import { htmlToText, stripMarkup } from './html-to-text.js';

export function toPlainText(document: ExportDocument): string {
  const head = [document.title, ...(document.company ? [document.company] : [])];
  const details = document.details.map((detail) => `${detail.label}: ${detail.value}`);
  const header = stripMarkup([...head, ...(details.length > 0 ? ['', ...details] : [])].join('\n'));
  return `${header}\n\n${htmlToText(linkedBody(document))}`;
}
