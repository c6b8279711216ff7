import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { americanSpeller } from '../../test-support/dictionaries.js';
import { flagged, runRule } from '../../test-support/run-rule.js';
import { spellingRule } from './spelling.js';

const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/fixtures/senior-backend-engineer.md');
const text = readFileSync(FIXTURE, 'utf8');
const diagnostics = runRule(spellingRule, text, { speller: americanSpeller([]), config: { company: 'Crunch' } });

describe('spelling on senior-backend-engineer.md', () => {
  it('warns on exactly the three typos, with the right word first', () => {
    // A human read of the posting finds no other misspelling (its other slips
    // are grammar: "in ways that works for them").
    expect(
      diagnostics.map((diagnostic) => ({
        word: flagged(text, diagnostic),
        line: diagnostic.line,
        severity: diagnostic.severity,
        top: diagnostic.suggestions?.[0]?.edit.text,
      })),
    ).toEqual([
      { word: 'Demonstratable', line: 16, severity: 'warning', top: 'Demonstrable' },
      { word: 'abilty', line: 16, severity: 'warning', top: 'ability' },
      { word: 'Parallization', line: 24, severity: 'warning', top: 'Parallelization' },
    ]);
  });

  it('does not warn on the technology names', () => {
    const words = diagnostics.map((diagnostic) => flagged(text, diagnostic));
    for (const name of ['Python', 'ElasticSearch', 'MongoDB', 'AWS', 'Redis', 'cython', 'numpy', 'GIS']) {
      expect(text).toContain(name);
      expect(words).not.toContain(name);
    }
  });
});
