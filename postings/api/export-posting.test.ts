import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrintOptions } from '../export/index.js';
import { CHROMIUM_VARIABLE } from '../print/find-chromium.js';
import { pdfInfo, pdfToolsMissing } from '../test-support/pdf-tools.js';
import { copySite, removeTempFolders, SAMPLE_SITE } from '../test-support/temp-site.js';
import { API_OPERATIONS } from './api.js';
import { API_VALIDATORS } from './validate.js';
import { createExportHandlers } from './export-posting.js';

const site = copySite(SAMPLE_SITE);
const printed: { page: string; options: PrintOptions }[] = [];
const handlers = createExportHandlers(site, {
  // What Electron's printToPDF would be handed.
  printPdf: async (page, options) => {
    printed.push({ page, options });
    return new TextEncoder().encode('%PDF-1.4 stand-in');
  },
});
afterAll(async () => {
  await handlers.close();
  removeTempFolders();
});

describe('exportPosting', () => {
  it('is an operation of the API, with a validator', () => {
    expect(API_OPERATIONS).toContain('exportPosting');
    expect(API_VALIDATORS.exportPosting({ path: 'a.md', format: 'md' })).toEqual({ ok: true, value: { path: 'a.md', format: 'md' } });
  });

  it('exports the file on disk in a text format, named after the posting', async () => {
    const result = await handlers.exportPosting({ path: 'content/careers/technical-writer/index.md', format: 'md' });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'technical-writer.md', mediaType: 'text/markdown; charset=utf-8', encoding: 'utf-8' } });
    if (result.ok) expect(result.value.content).toMatch(/^# Technical Writer\n/);
  });

  it('exports the editor’s unsaved text when it is given', async () => {
    const text = readFileSync(join(site, 'content/careers/data-analyst.md'), 'utf8').replace('title = "Data Analyst"', 'title = "Senior Data Analyst"');
    const result = await handlers.exportPosting({ path: 'content/careers/data-analyst.md', text, format: 'text' });
    expect(result.ok && result.value.content.startsWith('Senior Data Analyst\n')).toBe(true);
  });

  it('hands the host’s printer the print page and the shared print options, and returns the PDF as base64', async () => {
    const result = await handlers.exportPosting({ path: 'content/careers/frontend-engineer-lisbon.md', format: 'pdf', paper: 'A4' });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'frontend-engineer-lisbon.pdf', mediaType: 'application/pdf', encoding: 'base64', paper: 'A4' } });
    if (result.ok) expect(Buffer.from(result.value.content, 'base64').toString()).toBe('%PDF-1.4 stand-in');
    const last = printed[printed.length - 1];
    expect(last?.options).toEqual({ paper: 'A4', marginsMm: { top: 18, right: 18, bottom: 20, left: 18 }, tagged: true, outline: true });
    expect(last?.page).toContain('<title>Frontend Engineer (Lisbon)</title>');
    expect(last?.page).toContain("default-src 'none'");
  });

  it('follows the repository’s paper setting, else the site’s language', async () => {
    await handlers.exportPosting({ path: 'content/careers/account-executive.md', format: 'pdf' });
    expect(printed[printed.length - 1]?.options.paper).toBe('Letter');
    writeFileSync(join(site, '.posting-desk.toml'), `${readFileSync(join(site, '.posting-desk.toml'), 'utf8')}\n[export]\npaper = "a4"\n`);
    await handlers.exportPosting({ path: 'content/careers/account-executive.md', format: 'pdf' });
    expect(printed[printed.length - 1]?.options.paper).toBe('A4');
  });

  it.each([
    [{ path: '../outside.md', format: 'md' }, 'outside-repository'],
    [{ path: 'content/careers/missing.md', format: 'md' }, 'not-found'],
    [{ path: 'content/careers/data-analyst.md', format: 'docx' }, 'invalid-argument'],
    [{ path: 'content/careers/data-analyst.md', format: 'md', colour: 'blue' }, 'invalid-argument'],
    [{ path: 'content/careers/data-analyst.md', format: 'md', text: '+++\ntitle = \n+++\n' }, 'invalid-toml'],
    [{ path: 'content/careers/data-analyst.md', format: 'md', text: '---\ntitle: [unclosed\n---\n' }, 'invalid-front-matter'],
    [{ path: 'content/careers', format: 'md' }, 'not-a-posting'],
  ])('answers %j with a %s error, never a throw', async (args, code) => {
    const result = await handlers.exportPosting(args as never);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('answers a PDF export with "unavailable" when there is no Chromium to print with', async () => {
    const named = process.env[CHROMIUM_VARIABLE];
    process.env[CHROMIUM_VARIABLE] = join(site, 'no-such-chromium');
    const own = createExportHandlers(site);
    try {
      const result = await own.exportPosting({ path: 'content/careers/data-analyst.md', format: 'pdf' });
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', path: 'content/careers/data-analyst.md' } });
      if (!result.ok) expect(result.error.message).toContain(CHROMIUM_VARIABLE);
    } finally {
      if (named === undefined) delete process.env[CHROMIUM_VARIABLE];
      else process.env[CHROMIUM_VARIABLE] = named;
      await own.close();
    }
  });

  const missing = pdfToolsMissing();
  it.skipIf(missing !== undefined)(`prints with headless Chromium when the host has no printer of its own${missing ? ` (skipped: ${missing})` : ''}`, async () => {
    const own = createExportHandlers(site);
    try {
      const result = await own.exportPosting({ path: 'content/careers/senior-backend-engineer.md', format: 'pdf' });
      expect(result.ok).toBe(true);
      if (result.ok) expect(pdfInfo(Buffer.from(result.value.content, 'base64'))).toMatchObject({ Title: 'Senior Backend Engineer', Tagged: 'yes' });
    } finally {
      await own.close();
    }
  });
});
