import { readdirSync, readFileSync } from 'node:fs';
import { createLintDocument } from '../document.js';
import { DEFAULT_CONFIG, lintDocument } from '../engine.js';
import type { Rule } from '../types.js';

/** The real careers site of ../shared, read-only. */
const site = new URL('../../../../shared/corpus/careers-crunch/', import.meta.url);
const jobs = new URL('content/jobs/', site);

// The site publishes raw HTML: its config sets markup.goldmark.renderer.unsafe.
export const crunchPublishesHtml = /^\s*unsafe\s*=\s*true\b/m.test(readFileSync(new URL('config.toml', site), 'utf8'));

/** The 34 postings' file names (the section page `_index.md` left out). */
export const crunchPostings: string[] = readdirSync(jobs).filter((file) => file.endsWith('.md') && file !== '_index.md').sort();

/** One careers-crunch file's diagnostics from the given rules, as "line:column severity rule". */
export function lintCrunchPosting(file: string, rules: readonly Rule[]): string[] {
  const text = readFileSync(new URL(file, jobs), 'utf8');
  const document = createLintDocument(text, { path: `content/jobs/${file}` });
  return lintDocument(document, rules, { config: { ...DEFAULT_CONFIG, unsafeHtml: crunchPublishesHtml, today: '2026-11-27' } }).map(
    (diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.ruleId}`,
  );
}
