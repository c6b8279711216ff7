import { describe, expect, it } from 'vitest';
import { slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Senior Backend Engineer', 'senior-backend-engineer'],
    ['Senior Engineer (Remote) — Zürich', 'senior-engineer-remote-zurich'],
    ['Sales & Marketing Lead', 'sales-and-marketing-lead'],
    ['  Ünïcödé   Tïtle  ', 'unicode-title'],
    ['C++ / C# Developer', 'c-c-developer'],
    ['R/Shiny Developer', 'r-shiny-developer'],
    ['Ingénieur·e logiciel', 'ingenieur-e-logiciel'],
    ['Full-time — 2026', 'full-time-2026'],
    ['!!!', 'posting'],
    ['数据工程师', 'posting'],
    ['', 'posting'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps file names to 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'word '.repeat(15)}tail`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word')).toBe(true);
  });
});
