import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePosting } from '../../file/decode.js';
import { splitPosting } from '../../file/split.js';
import { readSiteConfig, findSiteConfigFiles } from '../../repo/site-config.js';
import { copySite } from '../../test-support/temp-site.js';
import { renderPosting, renderSettingsFromSite, sanitizeHtml, type RenderSettings } from '../index.js';
import { canonicalTree, firstDifference } from './html-tree.js';
import { hugoFragments, writeDefaultConfig } from './hugo-pages.js';

export interface FileParity {
  /** Content path, "content/jobs/x.md". */
  file: string;
  equal: boolean;
  /** Where the trees first differ, when they do. */
  difference?: string;
  /** Whether our sanitizer changed Hugo's own output for this file (raw HTML payloads). */
  sanitizerTouched: boolean;
}

export interface CorpusParity {
  settings: RenderSettings;
  files: FileParity[];
}

/**
 * Builds a copy of a site with the real Hugo (once, all pages) and compares
 * each page with our fragment for the same file. Hugo publishes raw HTML as
 * is when the site allows it, and we sanitize it; so both sides pass through
 * our sanitizer before comparing, and the only allowed difference is what
 * the sanitizer removes. `select` picks the content files to compare.
 */
export function compareWithHugo(site: string, options: { select: (file: string, text: string) => boolean; defaultConfig?: boolean }): CorpusParity {
  const copy = copySite(site);
  if (options.defaultConfig) writeDefaultConfig(copy);
  const config = readSiteConfig(copy, findSiteConfigFiles(copy));
  const settings: RenderSettings = { ...renderSettingsFromSite(config.markup), remoteImages: 'keep' };
  const published = hugoFragments(copy);
  const files: FileParity[] = [];
  for (const [file, hugoHtml] of [...published].sort(([a], [b]) => a.localeCompare(b))) {
    const text = decodePosting(readFileSync(join(copy, file)));
    if (!options.select(file, text)) continue;
    const body = text.slice(splitPosting(text).bodyStart);
    const ours = canonicalTree(renderPosting(body, settings).html);
    const hugoClean = sanitizeHtml(hugoHtml, { remoteImages: 'keep' });
    const theirs = canonicalTree(hugoClean.html);
    const sanitizerTouched = hugoClean.report.removedElements.length + hugoClean.report.removedAttributes.length > 0;
    files.push(ours === theirs ? { file, equal: true, sanitizerTouched } : { file, equal: false, difference: firstDifference(theirs, ours), sanitizerTouched });
  }
  return { settings, files };
}
