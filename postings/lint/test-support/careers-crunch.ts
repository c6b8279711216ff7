import { expect, it } from 'vitest';
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

/**
 * Checks a rule family against every careers-crunch posting: `expected` names
 * each posting's diagnostics, so any change in what the family reports shows.
 */
export function expectCrunchDiagnostics(rules: readonly Rule[], expected: Record<string, string[]>): void {
  it('reads the site as publishing raw HTML, and all 34 postings', () => {
    expect(crunchPublishesHtml).toBe(true);
    expect(crunchPostings).toEqual(Object.keys(expected).sort());
    expect(crunchPostings).toHaveLength(34);
  });

  it.each(Object.keys(expected))('%s', (file) => {
    expect(lintCrunchPosting(file, rules)).toEqual(expected[file]);
  });
}
