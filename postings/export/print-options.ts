/**
 * The page setup of every PDF, shared by the command line (Playwright's
 * page.pdf) and the app (Electron's webContents.printToPDF), so both print
 * the same pages. The stylesheet's @page rule is made from the same object.
 */

export type PaperSize = 'A4' | 'Letter';

export interface PrintOptions {
  paper: PaperSize;
  /** Page margins in millimetres; the bottom one holds the page number. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** An accessible (tagged) PDF with an outline from the headings. */
  tagged: true;
  outline: true;
}

/** Page sizes in millimetres (ISO 216 A4, US Letter 8.5 × 11 in). */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Regions that print on Letter paper; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

/** The paper a site's languageCode implies: "en-us", "en-CA", "es-MX" → Letter; "en-gb", "de", "pt-PT" → A4. */
export function defaultPaper(languageCode: string | undefined): PaperSize {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(languageCode ?? '')?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/** The paper a setting names ("a4", "letter", "US Letter"), undefined for anything else. */
export function parsePaper(value: string): PaperSize | undefined {
  const normal = value.trim().toLowerCase().replace(/^us\s+/, '');
  return normal === 'a4' ? 'A4' : normal === 'letter' ? 'Letter' : undefined;
}

export function printOptions(paper: PaperSize): PrintOptions {
  return { paper, marginsMm: { top: 18, right: 18, bottom: 20, left: 18 }, tagged: true, outline: true };
}

/** For Playwright's page.pdf (the command line's headless Chromium). */
export function playwrightPdfOptions(options: PrintOptions): {
  format: PaperSize;
  margin: { top: string; right: string; bottom: string; left: string };
  printBackground: true;
  preferCSSPageSize: true;
  displayHeaderFooter: false;
  tagged: boolean;
  outline: boolean;
} {
  const mm = (value: number): string => `${value}mm`;
  const { top, right, bottom, left } = options.marginsMm;
  return {
    format: options.paper,
    margin: { top: mm(top), right: mm(right), bottom: mm(bottom), left: mm(left) },
    printBackground: true,
    // The page number lives in the stylesheet's @page margin box, so the browser's own header and footer stay off.
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    tagged: options.tagged,
    outline: options.outline,
  };
}

/** For Electron's webContents.printToPDF (margins in inches there). */
export function electronPrintToPdfOptions(options: PrintOptions): {
  pageSize: PaperSize;
  margins: { top: number; right: number; bottom: number; left: number };
  printBackground: true;
  preferCSSPageSize: true;
  displayHeaderFooter: false;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
} {
  const inches = (value: number): number => Math.round((value / 25.4) * 10_000) / 10_000;
  const { top, right, bottom, left } = options.marginsMm;
  return {
    pageSize: options.paper,
    margins: { top: inches(top), right: inches(right), bottom: inches(bottom), left: inches(left) },
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    generateTaggedPDF: options.tagged,
    generateDocumentOutline: options.outline,
  };
}
