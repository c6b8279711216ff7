import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportDocument, type ExportContext } from '../export/index.js';
import { isElement, parseHtmlFragment, textContent, type HtmlNode } from '../export/html-tree.js';
import { splitPosting } from '../file/split.js';
import { renderSettingsFromSite } from '../render/index.js';
import { PROJECT_ROOT } from '../test-support/cli.js';
import { pdfFonts, pdfInfo, pdfLines, pdfToolsMissing, pdfText, type PdfLine } from '../test-support/pdf-tools.js';
import { scriptPayloadPosting } from '../test-support/live-payloads.js';
import { CAREERS_CRUNCH, SAMPLE_SITE } from '../test-support/temp-site.js';
import { exportSetupFor } from './export-context.js';
import { PdfPrinter } from './pdf-printer.js';
import { printPosting } from './print-posting.js';

const missing = pdfToolsMissing();
if (missing) console.warn(`PDF tests skipped: ${missing}`);

const FIXTURE = resolve(PROJECT_ROOT, '..', 'shared', 'fixtures', 'senior-backend-engineer.md');
const crunch = exportSetupFor(CAREERS_CRUNCH);
const POINTS_PER_MM = 72 / 25.4;

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text without spaces and hyphens: pdftotext joins "on-" and "call" of a line break as "oncall". */
function squash(text: string): string {
  return text.replace(/[\s\u00ad-]+/g, '');
}

/** The texts of the headings and list items of a rendered body, in order. */
function outline(html: string): { headings: string[]; items: string[]; inOrder: string[] } {
  const headings: string[] = [];
  const items: string[] = [];
  const inOrder: string[] = [];
  const walk = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const text = normalize(textContent(node.children));
      if (/^h[1-6]$/.test(node.name)) {
        headings.push(text);
        inOrder.push(text);
        continue;
      }
      if (node.name === 'li' && !node.children.some((child) => isElement(child, 'ul', 'ol'))) {
        items.push(text);
        inOrder.push(text);
        continue;
      }
      walk(node.children);
    }
  };
  walk(parseHtmlFragment(html));
  return { headings, items, inOrder };
}

/** Lines of the page body: the footer (in the bottom margin) left out. */
function bodyLines(lines: PdfLine[], pageHeight: number): PdfLine[] {
  return lines.filter((line) => line.yMin < pageHeight - 20 * POINTS_PER_MM);
}

describe.skipIf(missing !== undefined)('PDF export with headless Chromium', () => {
  let printer: PdfPrinter;
  beforeAll(async () => {
    printer = await PdfPrinter.launch();
  });
  afterAll(async () => {
    await printer?.close();
  });
  const print = async (text: string, context: ExportContext, paper: 'A4' | 'Letter') => (await printPosting(printer, text, context, { paper })).pdf;

  describe('of the senior backend engineer fixture', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await print(text, crunch.context, crunch.paper);
    });

    it('holds the title, every heading and every list item, in order', () => {
      const document = buildExportDocument(text, crunch.context);
      const { headings, items, inOrder } = outline(document.bodyHtml);
      expect(headings.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeGreaterThanOrEqual(12);
      const read = squash(pdfText(pdf));
      let at = read.indexOf(squash('Senior-Backend Engineer'));
      expect(at).toBeGreaterThanOrEqual(0);
      for (const expected of inOrder) {
        const next = read.indexOf(squash(expected), at);
        expect(next, `“${expected}” after position ${at}`).toBeGreaterThan(at);
        at = next;
      }
      expect(read).toContain(squash('Parallization experience dealing with complex operations with gigabytes of data.'));
    });

    it('is on Letter paper for the site’s en-us, exactly', () => {
      expect(crunch.paper).toBe('Letter');
      expect(pdfInfo(pdf)['Page size']).toBe('612 x 792 pts (letter)');
    });

    it('has the posting’s title as its document title, is tagged, and embeds the shipped font', () => {
      const info = pdfInfo(pdf);
      expect(info.Title).toBe('Senior-Backend Engineer');
      expect(info.Tagged).toBe('yes');
      const fonts = pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((font) => font.embedded)).toBe(true);
      expect(fonts.some((font) => font.name.includes('SourceSans3'))).toBe(true);
    });

    it('is A4 when the settings say A4 (Chromium lays pages out in whole device units: within half a point of ISO 216)', async () => {
      const size = pdfInfo(await print(text, crunch.context, 'A4'))['Page size'] ?? '';
      expect(size).toMatch(/ pts \(A4\)$/);
      const [width, height] = size.split(/ x | pts/).map(Number);
      expect(Math.abs((width ?? 0) - 595.276)).toBeLessThan(0.5);
      expect(Math.abs((height ?? 0) - 841.89)).toBeLessThan(0.5);
    });
  });

  describe('of a ten-page posting', () => {
    // Real text: every sample-site posting under its own title, one after the other.
    const sample = exportSetupFor(SAMPLE_SITE);
    const careers = join(SAMPLE_SITE, 'content', 'careers');
    const parts = readdirSync(careers, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md') && !name.endsWith('_index.md'))
      .sort()
      .map((name) => {
        const source = readFileSync(join(careers, name), 'utf8');
        const title = /^title = "(.*)"$/m.exec(source)?.[1] ?? name;
        return `## ${title}\n\n${source.slice(splitPosting(source).bodyStart).replace(/^## /gm, '### ')}`;
      });
    const text = `+++\ntitle = "Every open role at Kestrel Row"\ndate = 2026-05-01\n+++\n\n${parts.join('\n\n')}`;
    let pdf: Uint8Array;
    let layout: ReturnType<typeof pdfLines>;
    beforeAll(async () => {
      pdf = await print(text, sample.context, 'A4');
      layout = pdfLines(pdf);
    });

    it('runs to at least ten pages, each numbered “Page N of M” in the footer', () => {
      const pages = layout.pages.length;
      expect(pages).toBeGreaterThanOrEqual(10);
      for (let page = 1; page <= pages; page += 1) {
        const footer = layout.lines.filter((line) => line.page === page && line.yMin >= (layout.pages[page - 1]?.height ?? 0) - 20 * POINTS_PER_MM);
        expect(footer.map((line) => line.text), `page ${page}`).toContain(`Page ${page} of ${pages}`);
      }
    });

    it('never leaves a heading alone at the bottom of a page', () => {
      const { headings } = outline(buildExportDocument(text, sample.context).bodyHtml);
      const headingTexts = new Set(headings);
      let headingsSeen = 0;
      for (let page = 1; page <= layout.pages.length; page += 1) {
        const lines = bodyLines(layout.lines.filter((line) => line.page === page), layout.pages[page - 1]?.height ?? 0);
        headingsSeen += lines.filter((line) => headingTexts.has(line.text)).length;
        const last = lines[lines.length - 1];
        expect(last && headingTexts.has(last.text), `page ${page} ends with the heading “${last?.text}”`).toBe(false);
      }
      // The check looked at the real headings, not at nothing.
      expect(headingsSeen).toBeGreaterThanOrEqual(headings.length - 2);
    });

    it('never splits a list item across pages', () => {
      const { items } = outline(buildExportDocument(text, sample.context).bodyHtml);
      const pages = Array.from({ length: layout.pages.length }, (_, index) =>
        squash(bodyLines(layout.lines.filter((line) => line.page === index + 1), layout.pages[index]?.height ?? 0).map((line) => line.text).join(' ')),
      );
      expect(items.length).toBeGreaterThan(40);
      for (const item of items) expect(pages.some((page) => page.includes(squash(item))), item).toBe(true);
    });
  });

  describe('of a posting full of script payloads', () => {
    let server: Server;
    const requests: string[] = [];
    let port = 0;
    beforeAll(async () => {
      server = createServer((request, response) => {
        requests.push(request.url ?? '');
        response.writeHead(200, { 'Content-Type': 'image/png' }).end();
      });
      server.on('connection', () => requests.push('(a connection)'));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      // Chromium may have opened a connection it never sent a request on (a preconnect).
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    });

    it('prints the text with no payload left and fetches nothing, its remote images included', async () => {
      const context = { render: renderSettingsFromSite({ goldmark: { renderer: { unsafe: true } } }), company: 'Example', languageCode: 'en-gb' };
      const pdf = await print(scriptPayloadPosting(port), context, 'A4');
      // The title and details are shown as the text they are, escaped: take them out, wherever they stand.
      const document = buildExportDocument(scriptPayloadPosting(port), context);
      let text = normalize(pdfText(pdf));
      for (const shown of [document.title, ...document.details.map((detail) => detail.value)]) text = text.split(normalize(shown)).join(' ');
      expect(text).toContain('A styled block.');
      expect(text).not.toMatch(/<script|<iframe|onerror|onload|javascript:|alert\('(?:block|svg|p|b|link|img|comment|json)'\)/i);
      const raw = Buffer.from(pdf).toString('latin1');
      expect(raw).not.toMatch(/\/JavaScript|\/JS\s*[(<]|\/Launch|\/SubmitForm/);
      const uris = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((match) => match[1]);
      expect(uris).toContain('mailto:jobs@example.org');
      // Links the sanitizer disarmed are text, not links back to the print page.
      expect(uris).toEqual(['mailto:jobs@example.org']);
      expect(requests).toEqual([]);
    });

    it('loads nothing even from a page that tries (JavaScript off, every request aborted, strict CSP)', async () => {
      const base = `http://127.0.0.1:${port}`;
      const hostile = `<!DOCTYPE html><html><head><title>Hostile</title>
<link rel="stylesheet" href="${base}/sheet.css"><style>@import "${base}/import.css"; body { background: url(${base}/bg.png); }</style>
<meta http-equiv="refresh" content="0;url=${base}/refresh"></head>
<body><p>Printed anyway.</p><img src="${base}/img.png"><iframe src="${base}/frame"></iframe>
<script>document.body.textContent = 'script ran'; fetch('${base}/fetch');</script>
<object data="${base}/object"></object><video poster="${base}/poster.png"></video></body></html>`;
      const { pdf } = await printer.print(hostile, (await import('../export/index.js')).printOptions('A4'));
      expect(pdfText(pdf)).toContain('Printed anyway.');
      expect(pdfText(pdf)).not.toContain('script ran');
      expect(requests).toEqual([]);
    });
  });
});
