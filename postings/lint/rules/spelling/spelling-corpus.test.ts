import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { americanSpeller } from '../../test-support/dictionaries.js';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { spellingRule } from './spelling.js';

const JOBS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/careers-crunch/content/jobs');
// The postings, not the section page (_index.md).
const postings = readdirSync(JOBS).filter((name) => name.endsWith('.md') && name !== '_index.md').sort();
const speller = americanSpeller([]);

/**
 * Every spelling warning on the 34 published postings, as [file, word]. A
 * change to the rule or the dictionaries that adds or removes one shows up
 * here. Each is a genuine slip, not a false alarm:
 * - "decisionmaking" is "decision-making" (or "decision making").
 */
const EXPECTED: [string, string][] = [['data-visualization-specialist.md', 'decisionmaking']];

describe('spelling on the careers-crunch postings', () => {
  const warnings = postings.flatMap((name) => {
    const text = readFileSync(resolve(JOBS, name), 'utf8');
    return runRule(spellingRule, text, { speller, config: { company: 'Crunch' } }).map((diagnostic): [string, string] => [
      name,
      flagged(text, diagnostic),
    ]);
  });

  it('reads all 34 postings', () => {
    expect(postings).toHaveLength(34);
  });

  it('raises exactly the expected warnings', () => {
    expect(warnings).toEqual(EXPECTED);
  });

  it('raises at most one warning per posting on average', () => {
    expect(warnings.length / postings.length).toBeLessThanOrEqual(1);
  });
});
