import { describe, expect, it } from 'vitest';
import { HUGO_DEFAULT_SETTINGS } from '../render/index.js';
import { buildExportDocument } from './document.js';
import { clipboardExport } from './index.js';
import { toHtmlPage } from './html-export.js';
import { defaultPaper, electronPrintToPdfOptions, parsePaper, playwrightPdfOptions, printOptions } from './print-options.js';
import { cssString } from './print-style.js';

describe('print options', () => {
  it.each([
    ['en-us', 'Letter'],
    ['en-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['en-gb', 'A4'],
    ['de-de', 'A4'],
    ['pt', 'A4'],
    [undefined, 'A4'],
  ])('pick the paper of the site’s language %s: %s', (languageCode, paper) => {
    expect(defaultPaper(languageCode)).toBe(paper);
  });

  it('read a paper setting in any case, and refuse others', () => {
    expect(parsePaper('a4')).toBe('A4');
    expect(parsePaper('US Letter')).toBe('Letter');
    expect(parsePaper('A5')).toBeUndefined();
  });

  it('give Playwright and Electron the same page: size, margins, tagged, outlined, no browser footer', () => {
    const options = printOptions('A4');
    const playwright = playwrightPdfOptions(options);
    const electron = electronPrintToPdfOptions(options);
    expect(playwright.format).toBe(electron.pageSize);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(Number.parseFloat(playwright.margin[side])).toBeCloseTo(electron.margins[side] * 25.4, 2);
    }
    expect([playwright.tagged, playwright.outline, electron.generateTaggedPDF, electron.generateDocumentOutline]).toEqual([true, true, true, true]);
    expect([playwright.displayHeaderFooter, electron.displayHeaderFooter]).toEqual([false, false]);
  });

  it('are the @page rule of the standalone page, with page numbers in the footer', () => {
    const document = buildExportDocument('+++\ntitle = "Nurse"\n+++\nText.\n', { render: { ...HUGO_DEFAULT_SETTINGS }, company: 'Clinic' });
    const page = toHtmlPage(document, { print: printOptions('Letter') });
    expect(page).toContain('size: letter;');
    expect(page).toContain('margin: 18mm 18mm 20mm 18mm;');
    expect(page).toContain('counter(page) " of " counter(pages)');
    expect(page).toContain('content: "Clinic · Nurse"');
  });

  it('cannot end the stylesheet from the footer text', () => {
    expect(cssString('a"b\\c</style><script>')).toBe('"a\\22 b\\5C c\\3C /style\\3E \\3C script\\3E "');
  });
});

describe('clipboardExport', () => {
  it('gives "Copy as rich text" the article as HTML and the same as plain text', () => {
    const { html, plain } = clipboardExport('+++\ntitle = "Nurse"\nlocation = "Leeds, UK"\n+++\n- Nights <b>and</b> weekends\n', { render: { ...HUGO_DEFAULT_SETTINGS }, company: 'Clinic' });
    expect(html).toMatch(/^<article class="posting">\n<header class="posting-header">\n<p class="company">Clinic<\/p>\n<h1>Nurse<\/h1>/);
    expect(html).toContain('<dt>Location</dt><dd>Leeds, UK</dd>');
    expect(plain).toBe('Nurse\nClinic\n\nLocation: Leeds, UK\n\n• Nights and weekends\n');
  });
});
