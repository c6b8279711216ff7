/**
 * Reading PDFs back in tests with poppler (pdftotext, pdfinfo, pdffonts),
 * and whether Chromium and poppler are here. As with Hugo, a developer
 * without them sees the suites skipped with the reason; under CI=true a
 * missing one is a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../print/find-chromium.js';

/** Why PDF tests cannot run here, or undefined when they can. */
export function pdfToolsMissing(): string | undefined {
  let reason: string | undefined;
  try {
    findChromium();
  } catch (error) {
    reason = `no Chromium (${error instanceof Error ? error.message : String(error)})`;
  }
  if (reason === undefined && spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error) reason = 'no pdftotext (apt-get install -y poppler-utils)';
  if (reason !== undefined && process.env.CI) throw new Error(`CI must install Chromium and poppler (apt-get install -y chromium poppler-utils): ${reason}`);
  return reason;
}

function withPdfFile<T>(pdf: Uint8Array, use: (file: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'posting-desk-pdf-'));
  try {
    const file = join(folder, 'out.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The text of every page, pages split on form feeds. */
export function pdfPages(pdf: Uint8Array): string[] {
  return withPdfFile(pdf, (file) => poppler('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1));
}

export function pdfText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (file) => poppler('pdftotext', [file, '-']));
}

/** pdfinfo's fields ("Title", "Pages", "Page size", "Tagged"). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const text = withPdfFile(pdf, (file) => poppler('pdfinfo', [file]));
  return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Font names with whether each is embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const lines = withPdfFile(pdf, (file) => poppler('pdffonts', [file])).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
    return { name: columns[0] as string, embedded: columns[columns.length - 5] === 'yes' };
  });
}

export interface PdfLine {
  page: number;
  /** Top of the line, in points from the top of the page. */
  yMin: number;
  yMax: number;
  text: string;
}

/** Every line of text with its position (pdftotext -bbox-layout). */
export function pdfLines(pdf: Uint8Array): { pages: { width: number; height: number }[]; lines: PdfLine[] } {
  const xml = withPdfFile(pdf, (file) => poppler('pdftotext', ['-bbox-layout', file, '-']));
  const pages: { width: number; height: number }[] = [];
  const lines: PdfLine[] = [];
  for (const page of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    pages.push({ width: Number(page[1]), height: Number(page[2]) });
    for (const line of (page[3] as string).matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(line[3] as string).matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => decodeXml(word[1] as string));
      lines.push({ page: pages.length, yMin: Number(line[1]), yMax: Number(line[2]), text: words.join(' ') });
    }
  }
  return { pages, lines };
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
