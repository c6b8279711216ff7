/**
 * The stylesheet of the standalone page and the PDF: a readable single
 * column on screen; on paper the page size and margins of the print
 * options, page numbers in the footer, headings kept with what follows,
 * list items and table rows never split, long links wrapped.
 */
import type { PrintOptions } from './print-options.js';

/** The font family the app ships (@fontsource/source-sans-3); system sans-serif fonts follow. */
export const DOCUMENT_FONT = '"Source Sans 3"';

/** A CSS string literal that cannot end the string or the `<style>` element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

export function documentStylesheet(options: PrintOptions, footerText: string): string {
  const { top, right, bottom, left } = options.marginsMm;
  const fonts = `${DOCUMENT_FONT}, "Helvetica Neue", Arial, "Liberation Sans", sans-serif`;
  return `
@page {
  size: ${options.paper === 'A4' ? 'A4' : 'letter'};
  margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @bottom-left { content: ${cssString(footerText)}; font: 8.5pt ${fonts}; color: #5b5b5b; vertical-align: middle; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt ${fonts}; color: #5b5b5b; vertical-align: middle; }
}
:root { color: #1a1a1a; background: #fff; font-family: ${fonts}; font-size: 11pt; line-height: 1.45; }
body { margin: 0; }
.posting { max-width: 44rem; margin: 2.5rem auto; padding: 0 1.25rem; }
@media print { .posting { max-width: none; margin: 0; padding: 0; } }
.posting-header { border-bottom: 1.5pt solid #2b4a6f; padding-bottom: 10pt; margin-bottom: 14pt; break-inside: avoid; }
.company { margin: 0 0 2pt; font-size: 10.5pt; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: #2b4a6f; }
h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 8pt; font-weight: 700; }
.key-details { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; font-size: 10.5pt; }
.key-details dt { font-weight: 600; color: #4a4a4a; }
.key-details dd { margin: 0; }
h2, h3, h4, h5, h6 { line-height: 1.2; margin: 16pt 0 5pt; font-weight: 700; break-after: avoid; break-inside: avoid; }
h2 { font-size: 15pt; } h3 { font-size: 13pt; } h4, h5, h6 { font-size: 11.5pt; }
p { margin: 0 0 7pt; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 8pt; padding-left: 18pt; }
li { margin: 0 0 3pt; break-inside: avoid; }
li > p { margin: 0 0 3pt; }
a { color: #1d4f91; overflow-wrap: anywhere; word-break: break-word; }
code, pre { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 9.5pt; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f5f7; padding: 6pt 8pt; border-radius: 3pt; break-inside: avoid; }
blockquote { margin: 0 0 8pt; padding-left: 10pt; border-left: 2pt solid #c9ced6; color: #3d3d3d; }
table { border-collapse: collapse; margin: 0 0 10pt; width: 100%; font-size: 10pt; }
th, td { border: 0.75pt solid #c9ced6; padding: 3pt 6pt; text-align: left; vertical-align: top; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
img { max-width: 100%; height: auto; break-inside: avoid; }
hr { border: 0; border-top: 0.75pt solid #c9ced6; margin: 12pt 0; }
dl:not(.key-details) dt { font-weight: 600; break-after: avoid; }
dl:not(.key-details) dd { margin: 0 0 6pt 14pt; }
.footnotes { font-size: 9.5pt; }
`.trimStart();
}
