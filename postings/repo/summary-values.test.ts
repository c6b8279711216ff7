import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitPosting } from '../file/split.js';
import { parseToml } from '../toml/parse.js';
import { toPlain, type TomlTable } from '../toml/value.js';
import { readSummaryValues } from './summary-values.js';

/** The top-level single values, as plain JSON: what the fast reader promises to read exactly. */
const plainSummary = (root: TomlTable): Record<string, unknown> =>
  Object.fromEntries([...root.entries].flatMap(([key, value]) => (value.type === 'array' || value.type === 'table' ? [] : [[key, toPlain(value)]])));

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

describe('readSummaryValues', () => {
  it('reads dates as written, whatever their form', () => {
    const source = 'title = "Engineer"\ndate = 2026-05-01 09:30:00.250+02:00 # first day\npublishDate = 2026-05-02\nexpiryDate = 2026-07-01T00:00:00z\ndraft = false\nweight = 20\n';
    expect(plainSummary(readSummaryValues(source)!)).toEqual({
      title: 'Engineer', date: '2026-05-01 09:30:00.250+02:00', publishDate: '2026-05-02', expiryDate: '2026-07-01T00:00:00z', draft: false, weight: 20,
    });
  });

  it('keeps a quoted date a string, exactly', () => {
    expect(plainSummary(readSummaryValues('date = "2018-11-30T14:08:35+02:00"\n')!)).toEqual({ date: '2018-11-30T14:08:35+02:00' });
  });

  it('reads dates under keys that need quotes', () => {
    expect(plainSummary(readSummaryValues('"start.date" = 2026-05-01\n"a+b" = 2026-05-02T09:00:00Z\n')!)).toEqual({ 'start.date': '2026-05-01', 'a+b': '2026-05-02T09:00:00Z' });
  });

  it('tells top-level dates from the same key in a table', () => {
    expect(plainSummary(readSummaryValues('date = 2026-01-01\n[params]\ndate = 2025-01-01\n')!)).toEqual({ date: '2026-01-01' });
  });

  it('gives up, for the full parser, when the written text is ambiguous or the TOML invalid', () => {
    expect(readSummaryValues('date = 2026-01-01\n[params]\ndate = 2026-01-01\n')).toBeUndefined();
    expect(readSummaryValues('title = "unterminated\n')).toBeUndefined();
    expect(readSummaryValues('title = "a"\ntitle = "b"\n')).toBeUndefined();
  });

  it('agrees with the full parser on every front matter of the corpus and the sample site', () => {
    const roots = [join(import.meta.dirname, '../../../shared/corpus'), join(import.meta.dirname, '../../sample-site/content')];
    let compared = 0;
    let fellBack = 0;
    for (const file of roots.flatMap(markdownFiles)) {
      const text = readFileSync(file, 'utf8');
      const region = splitPosting(text).frontMatter;
      if (region?.format !== 'toml') continue;
      const source = text.slice(region.start, region.end);
      let full: TomlTable | undefined;
      try {
        full = parseToml(source).root;
      } catch {
        full = undefined;
      }
      const fast = readSummaryValues(source);
      if (fast === undefined) {
        fellBack += 1;
        continue;
      }
      expect(full, `${file} parses fast but not fully`).toBeDefined();
      expect(plainSummary(fast), file).toEqual(plainSummary(full!));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(2300);
    expect(fellBack).toBeLessThan(20);
  });
});
